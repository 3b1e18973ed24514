namespace BriefBot.Core.Commands;

/// <summary>Keeps labels and values of choices and suggestions within the platforms' common limit (100 characters).</summary>
public static class ChoiceText
{
    public const int MaxLength = 100;

    public static string Label(string name, string detail) => Shorten($"{name} ({detail})", MaxLength);

    public static string Value(string value) => Shorten(value, MaxLength);

    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
