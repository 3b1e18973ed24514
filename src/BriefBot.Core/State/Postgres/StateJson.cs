using System.Text.Json;

namespace BriefBot.Core.State.Postgres;

/// <summary>How documents are written to jsonb: property names as in C#, the shapes LiteDB keeps in state.db.</summary>
internal static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General);

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("bot state holds a null document");
}
