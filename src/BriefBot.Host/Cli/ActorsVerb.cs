using System.Globalization;
using System.Text.Json;
using BriefBot.Core.Knowledge.Model;
using BriefBot.Core.Knowledge.Store;

namespace BriefBot.Host.Cli;

/// <summary>
/// <c>actors [--top N] [--kind person|state|organisation|place|other]</c>: the shelf's actors, most mentioned
/// first, so a person can audit what a build made of the names (id, name, kind, main role, mentions, articles, aliases).
/// </summary>
internal static class ActorsVerb
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = new List<string>();
        int? top = null;
        ActorKind? kind = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--top":
                    if (i + 1 >= args.Count || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
                    {
                        return Usage.Fail("--top takes a positive number.");
                    }

                    top = n;
                    break;
                case "--kind":
                    if (i + 1 >= args.Count || !Enum.TryParse<ActorKind>(args[++i], ignoreCase: true, out var k) || !Enum.IsDefined(k))
                    {
                        return Usage.Fail("--kind is person, state, organisation, place or other.");
                    }

                    kind = k;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (!CliOptions.TryParse(rest, out var options, out var error) || options.Positional.Count > 0)
        {
            return Usage.Fail(error.Length > 0 ? error : "actors takes no arguments besides its options.");
        }

        using var store = BuildVerb.OpenStore(options);
        await store.BuildAsync(cancellationToken);
        var rows = store.Read(reader => ActorRow.List(reader, kind, top ?? int.MaxValue));
        if (options.Format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(rows, KnowledgeJson.Indented));
            return 0;
        }

        foreach (var row in rows)
        {
            output.WriteLine(FormattableString.Invariant($"{row.Mentions,6} {row.Articles,5}  {row.Kind,-12} {row.Id}  {row.Name}{(row.MainRole is null ? "" : " — " + row.MainRole)}"));
        }

        return 0;
    }
}
