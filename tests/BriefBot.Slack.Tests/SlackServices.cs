using System.Text;
using BriefBot.Core.Commands;
using BriefBot.Slack.Interactivity;
using BriefBot.Slack.SlashCommands;
using BriefBot.Slack.WebApi;
using BriefBot.TestKit.Slack;
using BriefBot.TestKit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace BriefBot.Slack.Tests;

/// <summary>
/// The Slack adapter as the host composes it (<c>AddSlack</c>), with scripted commands, a fake clock, a test signing
/// secret and a fake Slack on 127.0.0.1. One per test.
/// </summary>
internal sealed class SlackServices : IAsyncDisposable
{
    private SlackServices(FakeSlackServer slack, SlackRequestSigner signer, ObservableTimeProvider time, ServiceProvider provider)
    {
        Slack = slack;
        Signer = signer;
        Time = time;
        Provider = provider;
    }

    public FakeSlackServer Slack { get; }

    public SlackRequestSigner Signer { get; }

    public ObservableTimeProvider Time { get; }

    public ServiceProvider Provider { get; }

    public SlashCommandHandler Commands => Provider.GetRequiredService<SlashCommandHandler>();

    public InteractivityHandler Interactivity => Provider.GetRequiredService<InteractivityHandler>();

    public SlackWebApiClient WebApi => Provider.GetRequiredService<SlackWebApiClient>();

    public static async Task<SlackServices> StartAsync(IEnumerable<ICommandHandler> handlers, IReadOnlyDictionary<string, string?>? settings = null, BriefBot.TestKit.Logging.RecordingLoggerProvider? logs = null, BriefBot.Core.State.Replays.IReplayClaims? claims = null)
    {
        var slack = await FakeSlackServer.StartAsync(TestContext.Current.CancellationToken);
        var signer = new SlackRequestSigner();
        var time = new ObservableTimeProvider();
        var values = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = signer.SigningSecret,
            ["Slack:BotToken"] = FakeSlackServer.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:CheckTokenOnStart"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Debug);
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddSingleton<TimeProvider>(time)
            .AddCommandDispatcher();

        // Replicas under test share one set of claims, as AddBotState gives them.
        if (claims is not null)
        {
            services.AddSingleton(claims);
        }

        services.AddSlack(configuration);
        foreach (var handler in handlers)
        {
            services.AddSingleton(handler);
        }

        return new SlackServices(slack, signer, time, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Signs <paramref name="form"/> with the test secret at the fake clock's time and hands it to the slash-command handler.</summary>
    public Task<SlackResult> CommandAsync(string form, int? retryNum = null)
    {
        var (body, headers) = Sign(form, retryNum);
        return Commands.HandleAsync(body, headers, TestContext.Current.CancellationToken);
    }

    public Task<SlackResult> ClickAsync(string form)
    {
        var (body, headers) = Sign(form, null);
        return Interactivity.HandleAsync(body, headers, TestContext.Current.CancellationToken);
    }

    public (byte[] Body, SlackRequestHeaders Headers) Sign(string form, int? retryNum)
    {
        var body = Encoding.UTF8.GetBytes(form);
        var timestamp = SlackRequestSigner.Timestamp(Time.GetUtcNow());
        return (body, new SlackRequestHeaders(Signer.Sign(timestamp, body), timestamp, retryNum?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
