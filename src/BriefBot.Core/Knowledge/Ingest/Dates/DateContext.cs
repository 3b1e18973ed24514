using BriefBot.Core.Knowledge.Model;

namespace BriefBot.Core.Knowledge.Ingest.Dates;

/// <summary>
/// What a match is read against: the text, the document's date, the last narrative date told before it
/// (<see cref="Anchor"/>, for "the following day") and the reporting period in focus (<see cref="Focus"/>, the last
/// quarter or half-year named, for "the latest quarter" or "a year earlier" in a results story).
/// </summary>
internal sealed record DateContext(string Text, DateOnly? DocumentDate, TemporalExpression? Anchor, PartialDate? Focus);
