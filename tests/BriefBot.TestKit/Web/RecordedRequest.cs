namespace BriefBot.TestKit.Web;

/// <summary>A request the fake web site received, with the headers politeness is judged by.</summary>
public sealed record RecordedRequest(string Path, string Query, string IfNoneMatch, string IfModifiedSince, string UserAgent);
