namespace BriefBot.Core.Intake;

/// <summary>Raised where a socket would open to an address the SSRF guard refuses; the message is meant for the user.</summary>
public sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
