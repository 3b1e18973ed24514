namespace BriefBot.Discord.Gateway;

/// <summary>The body of op 6 Resume (§5.6): the session and the last sequence number seen.</summary>
internal sealed record ResumeData(string Token, string SessionId, long? Seq);
