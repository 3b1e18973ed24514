using System.Globalization;
using System.Security.Cryptography;

namespace BriefBot.Core.Knowledge.Ingest;

/// <summary>
/// What a cached <see cref="ArticleExtraction"/> was made with: the extraction rules (a number bumped by hand)
/// and the data files the extractor reads (the name model and the world gazetteer). A rebuild of the code that
/// changes neither keeps every cached extraction; the shelf's own gazetteer is keyed separately by its hash.
/// </summary>
public static class ExtractorVersion
{
    /// <summary>
    /// Bump whenever <see cref="MarkdownArticleParser"/>, <see cref="ArticleExtractor"/>, <see cref="MentionFinder"/>, the name tagger's decoding or
    /// features, the date rules or the sentence splitter change what they produce: caches of the old rules are then
    /// ignored and every article is read again.
    /// </summary>
    public const int Rules = 10;

    /// <summary>The embedded data files the extractor reads; a retrained model or an edited gazetteer changes the version.</summary>
    internal static readonly string[] DataResources = ["BriefBot.Core.NameModel.bin", "BriefBot.Core.WorldGazetteer.tsv"];

    private static readonly Lazy<string> Embedded = new(() =>
    {
        var assembly = typeof(ExtractorVersion).Assembly;
        return Of(Rules, DataResources.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name);
            using var buffer = new MemoryStream();
            stream?.CopyTo(buffer);
            return buffer.ToArray();
        }));
    });

    /// <summary>The version of the extractor in this build.</summary>
    public static string Current => Embedded.Value;

    /// <summary>The version for rules number <paramref name="rules"/> reading <paramref name="data"/> (in a fixed order).</summary>
    public static string Of(int rules, IEnumerable<byte[]> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bytes in data)
        {
            // The length first, so moving bytes from one file to the next is still a change.
            sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
            sha.AppendData(bytes);
        }

        return "rules-" + rules.ToString(CultureInfo.InvariantCulture) + ":data-" + Convert.ToHexString(sha.GetHashAndReset())[..16];
    }
}
