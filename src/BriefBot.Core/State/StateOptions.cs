namespace BriefBot.Core.State;

/// <summary>Where bot state lives: the LiteDB file (default, one process) or PostgreSQL (several replicas).</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    public const string LiteDb = "litedb";

    public const string Postgres = "postgres";

    /// <summary><c>litedb</c> (the file named by Digests:StatePath) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>The Npgsql connection string when <see cref="Provider"/> is postgres.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
