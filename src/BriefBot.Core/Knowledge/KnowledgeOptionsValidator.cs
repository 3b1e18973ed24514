using BriefBot.Core.Settings;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge;

/// <summary>Checks where the shelf and its knowledge base live before the host starts, naming the setting to fix.</summary>
internal sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        PathSettings.Folder("Knowledge:Directory", options.Directory, "knowledge", failures);
        PathSettings.File("Knowledge:DatabasePath", options.DatabasePath, "data/knowledge.db", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
