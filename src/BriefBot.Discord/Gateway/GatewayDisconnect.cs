namespace BriefBot.Discord.Gateway;

/// <summary>
/// Why a connection ended and what comes next. <see cref="Reason"/> is shown on /readyz and logged, so it never
/// holds the token. <see cref="Wait"/> replaces the backoff when the protocol prescribes one.
/// </summary>
internal sealed record GatewayDisconnect(GatewayNext Next, string Reason, TimeSpan? Wait = null);
