namespace BriefBot.Core.Replies;

/// <summary>
/// An option the user can pick; <see cref="Command"/> is the command text that choosing it runs
/// (e.g. "/who id:ilham-aliyev"). Platforms carry it in a button or menu value.
/// </summary>
public sealed record ReplyChoice(string Label, string? Description, string Command);
