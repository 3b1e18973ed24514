namespace BriefBot.Core.Knowledge.Ingest.Names;

/// <summary>64-bit FNV-1a over a feature template and its values, so features are never built as strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const char Separator = '\u0001';

    public static ulong Of(FeatureTemplate template) => Mix(Offset, (char)template);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> a) => Mix(Of(template), a);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Mix(Mix(Of(template), a), Separator), b);

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Mix(Mix(Mix(Mix(Mix(Of(template), a), Separator), b), Separator), c);

    public static ulong Of(FeatureTemplate template, int value) => Mix(Mix(Of(template), (char)(value & 0xFFFF)), (char)(value >> 16));

    public static ulong Of(FeatureTemplate template, int value, ReadOnlySpan<char> a) => Mix(Of(template, value), a);

    private static ulong Mix(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    private static ulong Mix(ulong hash, char c)
    {
        hash ^= (byte)c;
        hash *= Prime;
        hash ^= (byte)(c >> 8);
        hash *= Prime;
        return hash;
    }
}
