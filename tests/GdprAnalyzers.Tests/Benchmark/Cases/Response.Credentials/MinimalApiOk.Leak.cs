// benchmark: leak GDPR010
// A minimal API endpoint returns a member record with its password.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

public sealed class Member
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Password { get; set; } = "";
}

public static class MemberEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/members/{id}", (int id) => Results.Ok(new Member { Id = id })); // expected
}
