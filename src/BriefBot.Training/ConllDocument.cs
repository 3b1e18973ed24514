using System.Text.Json;
using BriefBot.Core.Knowledge.Ingest.Names;

namespace BriefBot.Training;

/// <summary>One CoNLL-2003 document as shared/corpora/conll2003-ner holds it: text and gold names (character offsets).</summary>
internal sealed record ConllDocument(string Id, string Text, IReadOnlyList<NameSpan> Names)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static List<ConllDocument> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(Parse)];

    private static ConllDocument Parse(string line)
    {
        var raw = JsonSerializer.Deserialize<Raw>(line, Json) ?? throw new InvalidDataException("empty line");
        return new ConllDocument(raw.Id, raw.Text, [.. raw.Entities.Select(e => new NameSpan(e.Start, e.End, TypeOf(e.Type)))]);
    }

    public static NameType TypeOf(string label) => label switch
    {
        "PER" => NameType.Person,
        "ORG" => NameType.Organisation,
        "LOC" => NameType.Location,
        _ => NameType.Misc,
    };

    private sealed record Raw(string Id, string Text, List<RawEntity> Entities);

    private sealed record RawEntity(int Start, int End, string Type);
}
