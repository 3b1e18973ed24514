using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace BriefBot.TestKit;

/// <summary>One part of a multipart/form-data body, as a fake server received it.</summary>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, string Text);

/// <summary>Reads a recorded multipart/form-data body with ASP.NET Core's own reader, the way a real server parses it.</summary>
public static class MultipartParts
{
    public static async Task<IReadOnlyList<MultipartPart>> ReadAsync(string contentType, string body)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value
            ?? throw new InvalidOperationException("The content type has no boundary: " + contentType);
        var reader = new MultipartReader(boundary, new MemoryStream(Encoding.UTF8.GetBytes(body)));
        var parts = new List<MultipartPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            parts.Add(new MultipartPart(
                HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "",
                HeaderUtilities.RemoveQuotes(disposition.FileName).Value,
                section.ContentType,
                await text.ReadToEndAsync()));
        }

        return parts;
    }
}
