using System.Globalization;
using System.Text.RegularExpressions;
using BriefBot.Core.Charts;
using BriefBot.Core.Commands.Timeline.Export;

namespace BriefBot.Core.Commands.Timeline;

/// <summary>
/// What /timeline was asked: the period text, an optional actor, the page, and a file format.
/// "2026-03 Iran page:2" → period "2026-03", actor "Iran", page 2; "2026-03 export:ics" asks for a calendar file. The period is the longest leading run of
/// words that reads as one, so "March 2026 Iran" works too.
/// </summary>
public sealed partial record TimelineQuery(string PeriodText, Period? Period, string? Actor, int Page)
{
    /// <summary>A <c>page:</c> token whose value is not a page number ("page:abc"): said so, never read as an actor.</summary>
    public string? BadPage { get; init; }

    /// <summary>The file asked for with <c>export:ics|csv|json</c> (or Discord's export option), if any.</summary>
    public ExportFormat? Export { get; init; }

    /// <summary>An <c>export:</c> value that is no format BriefBot writes: said so, never read as an actor.</summary>
    public string? BadExport { get; init; }

    /// <summary>Whether <c>chart:png</c> (or Discord's chart option) asked for the picture with the answer.</summary>
    public bool Chart { get; init; }

    /// <summary>A <c>chart:</c> value that is no picture BriefBot draws: said so, never read as an actor.</summary>
    public string? BadChart { get; init; }

    public static TimelineQuery Read(CommandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Text;
        var page = 1;
        string? badPage = null;
        var pageMatch = PageToken().Match(text);
        if (pageMatch.Success)
        {
            var value = pageMatch.Groups["n"].Value;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000)
            {
                page = n;
            }
            else
            {
                badPage = value;
            }

            text = text.Remove(pageMatch.Index, pageMatch.Length);
        }

        var exportText = request.Options.GetValueOrDefault(TimelineCommand.ExportOption);
        var exportMatch = ExportToken().Match(text);
        if (exportMatch.Success)
        {
            exportText = exportMatch.Groups["f"].Value;
            text = text.Remove(exportMatch.Index, exportMatch.Length);
        }

        var chart = ChartToken.Read(request.Options, ref text);
        ExportFormat? export = null;
        string? badExport = null;
        if (exportText is not null)
        {
            if (TimelineFile.TryParseFormat(exportText, out var format))
            {
                export = format;
            }
            else
            {
                badExport = exportText;
            }
        }

        return ReadPeriodAndActor(request, text, page) with { BadPage = badPage, Export = export, BadExport = badExport, Chart = chart.Asked, BadChart = chart.BadValue };
    }

    private static TimelineQuery ReadPeriodAndActor(CommandRequest request, string text, int page)
    {
        if (request.Options.TryGetValue(TimelineCommand.PeriodOption, out var periodOption))
        {
            var actorOption = request.Options.GetValueOrDefault(TimelineCommand.ActorOption);
            return new TimelineQuery(periodOption.Trim(), PeriodParser.TryParse(periodOption, out var p) ? p : null, string.IsNullOrWhiteSpace(actorOption) ? null : actorOption.Trim(), page);
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var take = Math.Min(words.Length, 5); take >= 1; take--)
        {
            var candidate = string.Join(' ', words.Take(take));
            if (PeriodParser.TryParse(candidate, out var period))
            {
                var rest = string.Join(' ', words.Skip(take));
                return new TimelineQuery(candidate, period, rest.Length == 0 ? null : rest, page);
            }
        }

        return new TimelineQuery(string.Join(' ', words), null, null, page);
    }

    [GeneratedRegex(@"\s*\bexport:(?<f>\S{0,40})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, 10000)]
    private static partial Regex ExportToken();

    [GeneratedRegex(@"\s*\bpage:(?<n>\S{0,40})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, 10000)]
    private static partial Regex PageToken();
}
