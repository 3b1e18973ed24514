using BriefBot.Slack.Rendering;

namespace BriefBot.Slack.WebApi;

/// <summary>chat.postEphemeral arguments (§3.3): shown to <see cref="User"/> alone, who must be in the channel.</summary>
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block> Blocks);
