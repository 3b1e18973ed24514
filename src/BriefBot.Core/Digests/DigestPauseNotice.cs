using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.State;

namespace BriefBot.Core.Digests;

/// <summary>
/// Tells a channel, on the next command anyone runs there, that its digest is paused and why, once.
/// The reason stays visible in <c>/digest list</c> until someone subscribes again.
/// </summary>
public sealed class DigestPauseNotice(IBotState state) : IReplyDecorator
{
    public Reply Decorate(CommandRequest request, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reply);
        // /digest replies speak of the pause themselves.
        if (request.ChannelId is null || request.Platform == Platform.Cli || request.Command == "digest")
        {
            return reply;
        }

        var id = Subscription.IdFor(request.Platform.ToString(), request.ChannelId);
        if (!state.HasUnannouncedPause(id))
        {
            return reply;
        }

        var subscription = state.GetSubscription(id);
        if (subscription is not { PausedReason: { } reason, PauseAnnounced: false })
        {
            return reply;
        }

        subscription.PauseAnnounced = true;
        state.SaveSubscription(subscription);
        var notice = new ReplySection
        {
            Heading = "Digest paused",
            Lines = [new ReplyLine(new TextSpan($"This channel's digest stopped: {reason}. Fix it, then run /digest subscribe again."))],
        };
        return reply with { Sections = [.. reply.Sections, notice] };
    }
}
