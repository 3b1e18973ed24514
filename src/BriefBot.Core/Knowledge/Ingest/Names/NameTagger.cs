using BriefBot.Core.Knowledge.Ingest.World;

namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>
/// Finds person, organisation, location and other names in news text: an averaged-perceptron sequence tagger
/// over BILOU tags, trained on CoNLL-2003 (see <c>src/BriefBot.Training</c>), decoded with Viterbi.
/// The model is embedded in the assembly, loaded once and shared; tagging is thread-safe.
/// </summary>
public sealed class NameTagger
{
    private const string ResourceName = "BriefBot.Core.NameModel.bin";
    private static readonly Lazy<NameTagger> Embedded = new(LoadEmbedded);

    private readonly NameModel _model;
    private readonly NameFeatureExtractor _features;

    internal NameTagger(NameModel model, NamePhraseList phrases)
    {
        _model = model;
        _features = new NameFeatureExtractor(phrases, model.Corpus);
    }

    /// <summary>The tagger shipped with BriefBot.</summary>
    public static NameTagger Default => Embedded.Value;

    /// <summary>Tags a document: each line is a sentence; offsets index <paramref name="text"/>.</summary>
    public IReadOnlyList<NameSpan> TagDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<(int Start, string Line)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, text[start..end]));
            start = end + 1;
        }

        var document = NameDocument.FromText(lines.Select(l => l.Line));
        var spans = new List<NameSpan>();
        foreach (var (lineStart, line) in lines)
        {
            spans.AddRange(Tag(line, document).Select(s => s with { Start = s.Start + lineStart, End = s.End + lineStart }));
        }

        return spans;
    }

    /// <summary>Tags one sentence; <paramref name="document"/> tells how its words are written elsewhere in the article.</summary>
    public IReadOnlyList<NameSpan> Tag(string sentence, NameDocument? document = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = NameTokenizer.Tokenize(sentence);
        if (tokens.Count == 0)
        {
            return [];
        }

        // Training saw every line inside its document; a sentence alone is its own document.
        string[] words = [.. tokens.Select(t => t.Text)];
        var tags = TagTokens(words, document ?? new NameDocument([words]));
        return [.. BilouTags.ToSpans(tags).Select(s => new NameSpan(tokens[s.First].Start, tokens[s.Last].End, s.Type))];
    }

    // One feature buffer per thread, reused sentence after sentence (the tagger is shared between threads).
    [ThreadStatic]
    private static List<ulong>? t_features;

    [ThreadStatic]
    private static List<int>? t_offsets;

    internal int[] TagTokens(IReadOnlyList<string> words, NameDocument document)
    {
        var features = t_features ??= new List<ulong>(4096);
        var offsets = t_offsets ??= new List<int>(128);
        _features.Extract(words, document, features, offsets);
        return ViterbiDecoder.Decode(_model.Emissions(features, offsets), words.Count, _model.Transitions);
    }

    private static NameTagger LoadEmbedded()
    {
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing: train it with `dotnet run --project src/BriefBot.Training -- train`.");
        return new NameTagger(NameModelFile.Read(stream), NamePhraseList.FromWorld(WorldGazetteer.Default));
    }
}
