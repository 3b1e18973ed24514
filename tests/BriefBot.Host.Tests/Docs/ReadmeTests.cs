using System.Text.RegularExpressions;
using BriefBot.Core.Commands.Timeline;
using Xunit;

namespace BriefBot.Host.Tests.Docs;

/// <summary>The README says what the code does: its architecture tree and its period table.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string[] ProjectFolders = ["src", "tests"];

    [Fact]
    public void The_architecture_tree_names_every_project_and_every_core_folder()
    {
        var tree = Readme.Section("## Architecture");
        var root = Readme.RepositoryRoot();
        var projects = ProjectFolders.SelectMany(d => Directory.GetDirectories(Path.Combine(root, d))).Select(Path.GetFileName).OfType<string>();
        var coreFolders = Directory.GetDirectories(Path.Combine(root, "src", "BriefBot.Core")).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj"));
        var knowledgeFolders = Directory.GetDirectories(Path.Combine(root, "src", "BriefBot.Core", "Knowledge")).Select(d => "Knowledge/" + Path.GetFileName(d));

        var missing = projects.Select(p => p + "/").Concat(coreFolders.Select(f => f + "/")).Concat(knowledgeFolders.Select(f => f + "/"))
            .Where(name => !tree.Contains(name, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void The_period_table_lists_every_form_the_parser_reads_and_every_example_parses()
    {
        var table = Readme.Section("### `/timeline PERIOD [ACTOR]`").Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| period form", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1], cells => Code().Matches(cells[2]).Select(m => m.Groups["code"].Value).ToList(), StringComparer.Ordinal);

        Assert.Equal(PeriodParser.Forms.Select(f => f.Name), table.Keys);
        foreach (var form in PeriodParser.Forms)
        {
            Assert.Equal(form.Examples, table[form.Name]);
        }

        Assert.All(table.Values.SelectMany(v => v), example => Assert.True(PeriodParser.TryParse(example, out _), example + " does not parse"));
    }

    [GeneratedRegex("`(?<code>[^`]+)`", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Code();
}
