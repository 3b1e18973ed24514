using BriefBot.Core.Intake;

namespace BriefBot.Host.Cli;

/// <summary>A one-line progress bar for a feed's import: <c>[#########-----------]  9/20  Title</c>, redrawn in place.</summary>
internal sealed class ProgressBar(TextWriter output) : IProgress<IntakeProgress>
{
    private const int Width = 20;

    public void Report(IntakeProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
        var title = value.Title.Length > 50 ? value.Title[..49] + "…" : value.Title;
        output.Write(FormattableString.Invariant($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {value.Done,3}/{value.Total}  {title,-50}"));
        if (value.Done == value.Total)
        {
            output.WriteLine();
        }
    }
}
