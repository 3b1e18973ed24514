namespace BriefBot.Discord.Gateway;

/// <summary>The Gateway sent a message larger than <see cref="GatewaySocket.MaxMessageBytes"/>.</summary>
public sealed class GatewayMessageTooLargeException : Exception
{
    public GatewayMessageTooLargeException()
    {
    }

    public GatewayMessageTooLargeException(string message)
        : base(message)
    {
    }

    public GatewayMessageTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
