using BriefBot.Core.Replies;
using BriefBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Slack.SlashCommands;

/// <summary>
/// A reply's file goes into the channel the command came from, after the answer, through Slack's external upload
/// flow (<see cref="SlackWebApiClient.UploadFileAsync"/>). Slack messages cannot carry files themselves. When the
/// upload cannot happen (no bot token, scope files:write missing, bot not in the channel) the asker is told why at
/// the command's response_url, so the answer never promises a file that silently never comes.
/// </summary>
internal sealed partial class AttachmentUploads(IServiceProvider services, ResponseUrlDeliveries deliveries, IOptions<SlackOptions> options, ILogger<AttachmentUploads> logger)
{
    /// <summary>Starts the upload and returns at once; the upload ends in the channel or in a word to the asker.</summary>
    public void Upload(ReplyAttachment file, string? channel, Uri responseUrl) => _ = UploadAsync(file, channel, responseUrl);

    private async Task UploadAsync(ReplyAttachment file, string? channel, Uri responseUrl)
    {
        using var lifetime = deliveries.Lifetime();
        string why;
        if (string.IsNullOrWhiteSpace(options.Value.BotToken))
        {
            why = "files are shared with the bot token, and Slack__BotToken is not set";
        }
        else if (string.IsNullOrWhiteSpace(channel))
        {
            why = "Slack did not say which channel the command came from";
        }
        else
        {
            try
            {
                await services.GetRequiredService<SlackWebApiClient>().UploadFileAsync(channel, file, lifetime.Token);
                Log.Uploaded(logger, file.FileName, file.Content.Length);
                return;
            }
            catch (SlackApiException ex)
            {
                Log.Failed(logger, file.FileName, ex.Error ?? "unknown");
                why = ex.Error switch
                {
                    "missing_scope" => "the app lacks the files:write scope (add it under OAuth & Permissions and reinstall)",
                    "not_in_channel" or "channel_not_found" => "BriefBot is not in this channel (invite it with /invite @BriefBot)",
                    _ => $"Slack answered {ex.Error}",
                };
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                Log.Failed(logger, file.FileName, ex.GetType().Name);
                why = "Slack could not be reached";
            }
        }

        deliveries.Deliver(
            Task.FromResult(new Reply { Kind = ReplyKind.Error, Title = "No file this time", Summary = $"I could not attach {file.FileName}: {why}.", IsEphemeral = true }),
            responseUrl,
            replaceOriginal: false,
            deliveries.Lifetime());
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3031, EventName = "FileUploaded", Level = LogLevel.Information, Message = "Shared {FileName} ({Bytes} bytes) into the channel")]
        public static partial void Uploaded(ILogger logger, string fileName, int bytes);

        [LoggerMessage(EventId = 3032, EventName = "FileUploadFailed", Level = LogLevel.Warning, Message = "Could not share {FileName}: {Error}")]
        public static partial void Failed(ILogger logger, string fileName, string error);
    }
}
