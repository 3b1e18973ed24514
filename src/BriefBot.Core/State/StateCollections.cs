namespace BriefBot.Core.State;

/// <summary>The names of bot state's document collections, the same in the LiteDB file and in PostgreSQL.</summary>
public static class StateCollections
{
    public const string Articles = "articles";

    public const string Events = "events";
}
