using BriefBot.Core.State.Deferred;

namespace BriefBot.Core.Replies;

/// <summary>A platform's half of deferred answers, as the sweeper needs it: finishing an answer another replica began.</summary>
public interface IDeferredAnswerPlatform
{
    /// <summary>The <see cref="DeferredAnswerRecord.Platform"/> this half sends.</summary>
    string Platform { get; }

    /// <summary>Answers the recorded command again (<paramref name="answer"/>) and sends it as the first replica would have.</summary>
    void Resume(DeferredAnswerLease lease, Func<CancellationToken, Task<Reply>> answer);
}
