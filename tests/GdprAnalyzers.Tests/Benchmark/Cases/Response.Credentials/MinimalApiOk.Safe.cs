// benchmark: safe GDPR010
// The password is marked [JsonIgnore]: the serializer leaves it out.
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

public sealed class Member
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    [JsonIgnore] public string Password { get; set; } = "";
}

public static class MemberEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/members/{id}", (int id) => Results.Ok(new Member { Id = id }));
}
