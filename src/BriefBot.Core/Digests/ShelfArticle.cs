using System.Security.Cryptography;
using System.Text;
using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Digests;

/// <summary>What the bot state keeps of an article on the shelf now: enough to tell later what an edit changed.</summary>
public sealed record ShelfArticle(string Id, string Title, string Hash, DateOnly? Published, IReadOnlyList<string> ParagraphHashes)
{
    public static ShelfArticle From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ShelfArticle(article.Id, article.Title, article.ContentHash, article.Published, [.. article.Paragraphs.Select(p => HashOf(p.Text))]);
    }

    /// <summary>Short, whitespace-insensitive: re-wrapping a paragraph is not an edit worth reporting.</summary>
    public static string HashOf(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var folded = string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folded)), 0, 8);
    }
}
