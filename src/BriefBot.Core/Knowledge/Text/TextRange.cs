namespace BriefBot.Core.Knowledge.Text;

/// <summary>A range of UTF-16 code units in a text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}
