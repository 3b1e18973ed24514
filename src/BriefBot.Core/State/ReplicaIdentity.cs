namespace BriefBot.Core.State;

/// <summary>
/// This process among the replicas sharing bot state: what it writes as the owner of a lease. Unique per start,
/// so a restarted replica does not mistake its previous life's leases for its own.
/// </summary>
public sealed class ReplicaIdentity
{
    public ReplicaIdentity()
        : this($"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}")
    {
    }

    public ReplicaIdentity(string id) => Id = id;

    public string Id { get; }

    public override string ToString() => Id;
}
