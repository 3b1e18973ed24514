using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace BriefBot.Host.Knowledge;

/// <summary>
/// Builds or loads the knowledge base at start, then follows the shelf: a change under the knowledge folder
/// triggers an incremental rebuild (debounced, so saving ten files rebuilds once).
/// </summary>
internal sealed partial class KnowledgeHostedService(KnowledgeStore store, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeHostedService> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchForChanges || !Directory.Exists(store.KnowledgeDirectory))
        {
            await BuildAsync(stoppingToken);
            return;
        }

        // Watch before the first build, so a change made while it runs is not missed.
        using var watcher = new FileSystemWatcher(store.KnowledgeDirectory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        Log.Watching(logger, store.KnowledgeDirectory);
        await BuildAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            await _changed.WaitAsync(stoppingToken);
            await Task.Delay(Debounce, time, stoppingToken);
            while (_changed.CurrentCount > 0)
            {
                await _changed.WaitAsync(stoppingToken);
            }

            await BuildAsync(stoppingToken);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _changed.Release();

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.BuildAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            // The last good base stays loaded; the next change tries again.
            Log.BuildFailed(logger, ex.Message);
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, EventName = "WatchingShelf", Level = LogLevel.Information, Message = "Watching {Directory} for article changes")]
        public static partial void Watching(ILogger logger, string directory);

        [LoggerMessage(EventId = 4002, EventName = "KnowledgeBuildFailed", Level = LogLevel.Error, Message = "Knowledge base build failed ({Reason}); keeping the previous one")]
        public static partial void BuildFailed(ILogger logger, string reason);
    }
}
