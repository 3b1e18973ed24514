namespace BriefBot.Core.Transports;

/// <summary>One transport's last report: connected or not, a short human reason, and when.</summary>
public sealed record TransportState(string Name, bool Connected, string Detail, DateTimeOffset Since);
