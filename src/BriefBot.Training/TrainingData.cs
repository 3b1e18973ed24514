using BriefBot.Core.Knowledge.Ingest.Names;

namespace BriefBot.Training;

/// <summary>Turns CoNLL documents into tagged sentences, and gathers unlabelled lines for the corpus word table.</summary>
internal static class TrainingData
{
    public static List<TrainingSentence> Sentences(IEnumerable<ConllDocument> documents)
    {
        var sentences = new List<TrainingSentence>();
        foreach (var d in documents)
        {
            var lines = Lines(d.Text);
            var document = NameDocument.FromText(lines.Select(l => l.Text));
            foreach (var (start, text) in lines)
            {
                var tokens = NameTokenizer.Tokenize(text).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }

                var spans = new List<(int, int, NameType)>();
                foreach (var name in d.Names.Where(n => n.Start >= start && n.End <= start + text.Length))
                {
                    var first = tokens.FindIndex(t => t.Start + start == name.Start);
                    var last = tokens.FindIndex(t => t.End + start == name.End);
                    if (first >= 0 && last >= first)
                    {
                        spans.Add((first, last, name.Type));
                    }
                }

                sentences.Add(new TrainingSentence([.. tokens.Select(t => t.Text)], BilouTags.FromSpans(tokens.Count, spans), document));
            }
        }

        return sentences;
    }

    public static List<IReadOnlyList<string>> UnlabelledLines(IEnumerable<ConllDocument> documents, string reutersFolder)
    {
        var texts = documents.Select(d => d.Text).ToList();
        if (Directory.Exists(reutersFolder))
        {
            texts.AddRange(Directory.EnumerateFiles(reutersFolder, "*.md").Order(StringComparer.Ordinal).Select(BodyOf));
        }

        return [.. texts.SelectMany(t => t.Split('\n')).Select(l => (IReadOnlyList<string>)[.. NameTokenizer.Tokenize(l).Select(t => t.Text)])];
    }

    private static List<(int Start, string Text)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            lines.Add((start, line));
            start += line.Length + 1;
        }

        return lines;
    }

    private static string BodyOf(string path)
    {
        var text = File.ReadAllText(path);
        var end = text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        return end < 0 ? text : text[(end + 4)..];
    }
}
