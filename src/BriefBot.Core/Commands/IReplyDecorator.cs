using BriefBot.Core.Replies;

namespace BriefBot.Core.Commands;

/// <summary>Adds to any command's reply something the channel should hear about (a paused digest, say).</summary>
public interface IReplyDecorator
{
    Reply Decorate(CommandRequest request, Reply reply);
}
