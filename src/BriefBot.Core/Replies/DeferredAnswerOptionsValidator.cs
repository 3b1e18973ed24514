using Microsoft.Extensions.Options;

namespace BriefBot.Core.Replies;

/// <summary>Every bad DeferredAnswers setting at once, named with its environment variable.</summary>
internal sealed class DeferredAnswerOptionsValidator : IValidateOptions<DeferredAnswerOptions>
{
    public ValidateOptionsResult Validate(string? name, DeferredAnswerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Failures().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
