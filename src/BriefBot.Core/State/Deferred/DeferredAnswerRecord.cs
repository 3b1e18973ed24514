using BriefBot.Core.Commands;

namespace BriefBot.Core.State.Deferred;

/// <summary>
/// An acknowledged answer not yet sent, in bot state so any replica can finish it: the command as the user sent
/// it, where the answer goes and until when, and which replica is working on it for how long (its lease).
/// The target is a credential for this one answer (an interaction token, a response_url): never logged.
/// </summary>
public sealed class DeferredAnswerRecord
{
    /// <summary>"{platform}:{hash of the target}": one record per answer, however often it is recorded.</summary>
    public string Id { get; set; } = "";

    /// <summary>The platform half that sends it: "discord", "slack".</summary>
    public string Platform { get; set; } = "";

    public string Command { get; set; } = "";

    public string Text { get; set; } = "";

    public IDictionary<string, string> Options { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? UserId { get; set; }

    public string? ChannelId { get; set; }

    public string? TeamId { get; set; }

    public bool CanManageChannel { get; set; }

    /// <summary>The interaction token or response_url the answer is sent with.</summary>
    public string Target { get; set; } = "";

    /// <summary>What else the platform needs to send it (Discord's application id); empty when nothing.</summary>
    public string Route { get; set; } = "";

    /// <summary>A click: the answer updates the message clicked rather than the acknowledgement.</summary>
    public bool UpdatesOriginal { get; set; }

    /// <summary>When the target stops working (a little before the platform says), after which the answer is dropped.</summary>
    public DateTime AnswerExpiresUtc { get; set; }

    /// <summary>The replica working on it (<see cref="ReplicaIdentity"/>).</summary>
    public string Owner { get; set; } = "";

    /// <summary>Until when the owner holds it; after that, any replica may claim it.</summary>
    public DateTime LeaseExpiresUtc { get; set; }

    /// <summary>The command again, as the dispatcher takes it.</summary>
    public CommandRequest Request() => new()
    {
        Command = Command,
        Text = Text,
        Options = new Dictionary<string, string>(Options, StringComparer.Ordinal),
        Platform = Enum.TryParse<Platform>(Platform, ignoreCase: true, out var platform) ? platform : Commands.Platform.Cli,
        UserId = UserId,
        ChannelId = ChannelId,
        TeamId = TeamId,
        CanManageChannel = CanManageChannel,
    };

    /// <summary>A record for <paramref name="request"/>, to be sent with <paramref name="target"/>.</summary>
    public static DeferredAnswerRecord For(CommandRequest request, string platform, string target, string route, bool updatesOriginal, DateTime answerExpiresUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        return new DeferredAnswerRecord
        {
            Id = platform + ":" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(target)))[..32],
            Platform = platform,
            Command = request.Command,
            Text = request.Text,
            Options = new Dictionary<string, string>(request.Options, StringComparer.Ordinal),
            UserId = request.UserId,
            ChannelId = request.ChannelId,
            TeamId = request.TeamId,
            CanManageChannel = request.CanManageChannel,
            Target = target,
            Route = route,
            UpdatesOriginal = updatesOriginal,
            AnswerExpiresUtc = answerExpiresUtc,
        };
    }
}
