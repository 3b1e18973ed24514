using BriefBot.Core.Knowledge.Store;
using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands;

/// <summary>
/// On an empty shelf every /who and /timeline would answer "not on the shelf" or "nothing dated", which reads as a
/// fact about the world. Once the base is loaded with no articles, such an answer says where the shelf is instead.
/// </summary>
public sealed class EmptyShelfNotice(KnowledgeStore store) : IReplyDecorator
{
    public Reply Decorate(CommandRequest request, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reply);
        if (request.Command is not ("who" or "timeline") || reply.Kind is not ReplyKind.NotFound || !store.IsLoaded || store.Read(r => r.ArticleCount) > 0)
        {
            return reply;
        }

        return new Reply
        {
            Kind = ReplyKind.NotFound,
            Title = "The shelf is empty",
            Summary = $"The shelf at {store.KnowledgeDirectory} is empty: there are no articles to answer from. Add Markdown articles to {Path.Combine(store.KnowledgeDirectory, "articles")} (or point Knowledge__Directory at your shelf).",
            IsEphemeral = true,
        };
    }
}
