using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Knowledge.Ingest;

namespace BriefBot.Core.Knowledge.Store;

/// <summary>
/// A short name for what is on the shelf, from file stamps alone (name, size, modification time of each article
/// and of the gazetteer): cheap enough for every /readyz, and the same on every replica mounting the same shelf.
/// A build notes the version it listed, so a base older than the shelf shows as a different version.
/// </summary>
public static class ShelfVersion
{
    /// <summary>The shelf's version now: a listing, no file is opened.</summary>
    public static string Current(string directory) => Of(directory, Shelf.List(directory, new List<ArticleProblem>()));

    /// <summary>The version of <paramref name="articles"/> as listed from <paramref name="directory"/>, with its gazetteer's stamp.</summary>
    public static string Of(string directory, IEnumerable<ShelfFile> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var text = new StringBuilder();
        foreach (var file in articles.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            Append(text, file.Name, file.Length, file.LastWriteUtc);
        }

        var gazetteer = new FileInfo(Path.Combine(directory, Shelf.GazetteerFile));
        if (gazetteer.Exists)
        {
            Append(text, Shelf.GazetteerFile, gazetteer.Length, gazetteer.LastWriteTimeUtc);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void Append(StringBuilder text, string name, long length, DateTime lastWriteUtc) =>
        text.Append(name).Append('\t').Append(length.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(lastWriteUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
