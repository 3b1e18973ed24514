namespace BriefBot.Core.Knowledge.Text;

/// <summary>A word or punctuation mark in a sentence; <see cref="Folded"/> is its matching form.</summary>
public sealed record Token(int Start, int End, string Text, string Folded, bool IsWord, bool HyphenBefore)
{
    public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

    public bool IsAllCaps => IsWord && Text.Length > 1 && Text.Where(char.IsLetter).All(char.IsUpper) && Text.Any(char.IsLetter);

    public bool IsPossessive => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("s'", StringComparison.Ordinal) || Text.EndsWith("s’", StringComparison.Ordinal);
}
