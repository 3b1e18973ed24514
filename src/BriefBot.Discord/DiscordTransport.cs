namespace BriefBot.Discord;

/// <summary>How Discord delivers interactions to BriefBot (shared/protocols/discord.md §1 and §5).</summary>
public enum DiscordTransport
{
    /// <summary>Discord posts each interaction to the public Interactions Endpoint URL.</summary>
    Http,

    /// <summary>BriefBot holds a Gateway WebSocket; interactions arrive as INTERACTION_CREATE dispatches.</summary>
    Gateway,
}
