using System.Threading.Tasks;
using GdprAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Verify = GdprAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    GdprAnalyzers.CredentialInResponseAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>GDPR010: objects whose types have credential members written to HTTP responses by controller actions and
    /// minimal API endpoints, against ASP.NET Core 8 and Identity.</summary>
    public sealed class CredentialInResponseTests
    {
        [Fact]
        public async Task ControllerReturnsIdentityUsers_Reported_DtoIsNot()
        {
            await RunAsync(
                """
                using System.Collections.Generic;
                using System.Linq;
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Mvc;

                public sealed class UserDto
                {
                    public string Id { get; set; } = "";
                    public string? UserName { get; set; }
                }

                [ApiController]
                [Route("api/users")]
                public sealed class UsersController : ControllerBase
                {
                    private readonly UserManager<IdentityUser> users;

                    public UsersController(UserManager<IdentityUser> users) => this.users = users;

                    [HttpGet]
                    public List<IdentityUser> All() => {|#0:users.Users.ToList()|};

                    [HttpGet("{id}")]
                    public async Task<ActionResult<IdentityUser>> One(string id)
                    {
                        IdentityUser? user = await users.FindByIdAsync(id);
                        if (user is null)
                        {
                            return NotFound();
                        }

                        return {|#1:user|};
                    }

                    [HttpGet("safe")]
                    public IEnumerable<UserDto> Safe() => users.Users.Select(u => new UserDto { Id = u.Id, UserName = u.UserName });

                    [NonAction]
                    public IdentityUser Helper(IdentityUser user) => user;
                }
                """,
                Expected(0, "IdentityUser", "PasswordHash", "UsersController.All"),
                Expected(1, "IdentityUser", "PasswordHash", "UsersController.One"));
        }

        [Fact]
        public async Task ResultHelpers_ValueReported_RouteValuesAndUriAreNot()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Mvc;

                public sealed class AccountsController : Controller
                {
                    public IActionResult Show(IdentityUser user) => Ok({|#0:user|});
                    public IActionResult Json(IdentityUser user, int n) => n > 0 ? Json({|#1:user|}) : CreatedAtAction("Show", new { id = user.Id }, new { user.Id, user.Email });
                    public IActionResult Result(IdentityUser user) => new OkObjectResult({|#2:user|});
                    public IActionResult Created(IdentityUser user) => Created("/accounts/" + user.Id, user.UserName);
                }
                """,
                Expected(0, "IdentityUser", "PasswordHash", "ControllerBase.Ok"),
                Expected(1, "IdentityUser", "PasswordHash", "ControllerBase.Json"),
                Expected(2, "IdentityUser", "PasswordHash", "new OkObjectResult"));
        }

        [Fact]
        public async Task MinimalApi_LambdaResultsAndWriteAsJson_Reported_ProjectionIsNot()
        {
            await RunAsync(
                """
                using System.Linq;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Http;
                using Microsoft.AspNetCore.Identity;

                public static class Endpoints
                {
                    public static void Map(WebApplication app)
                    {
                        app.MapGet("/users", (UserManager<IdentityUser> users) => {|#0:users.Users.ToList()|});
                        app.MapGet("/users/{id}", async (string id, UserManager<IdentityUser> users) => Results.Ok({|#1:await users.FindByIdAsync(id)|}));
                        app.MapGet("/typed/{id}", async (string id, UserManager<IdentityUser> users) => TypedResults.Json({|#2:await users.FindByIdAsync(id)|}));
                        app.MapGet("/names", (UserManager<IdentityUser> users) => users.Users.Select(u => new { u.Id, u.UserName }).ToList());
                        app.MapGet("/me", async (HttpContext context, UserManager<IdentityUser> users) =>
                        {
                            IdentityUser? user = await users.GetUserAsync(context.User);
                            await context.Response.WriteAsJsonAsync({|#3:user|});
                        });
                        app.MapGet("/first", {|#4:First|});
                    }

                    private static IdentityUser First() => new IdentityUser();
                }
                """,
                Expected(0, "IdentityUser", "PasswordHash", "MapGet"),
                Expected(1, "IdentityUser", "PasswordHash", "Results.Ok"),
                Expected(2, "IdentityUser", "PasswordHash", "TypedResults.Json"),
                Expected(3, "IdentityUser", "PasswordHash", "HttpResponse.WriteAsJsonAsync"),
                Expected(4, "IdentityUser", "PasswordHash", "MapGet"));
        }

        [Fact]
        public async Task OwnTypes_NamedMarkedAndNestedCredentials_Reported_IgnoredAndIssuedTokensAreNot()
        {
            await RunAsync(
                """
                using System.Collections.Generic;
                using System.Text.Json.Serialization;
                using GdprAnalyzers.Annotations;
                using Microsoft.AspNetCore.Mvc;

                public sealed class Member
                {
                    public int Id { get; set; }
                    public string Password { get; set; } = "";
                }

                public sealed class Webhook
                {
                    public string Url { get; set; } = "";
                    [PersonalData(PersonalDataCategory.Credential)] public string Signature { get; set; } = "";
                }

                public sealed class Team
                {
                    public string Name { get; set; } = "";
                    public List<Member> Members { get; set; } = new();
                }

                public sealed class Hidden
                {
                    public int Id { get; set; }
                    [JsonIgnore] public string ClientSecret { get; set; } = "";
                    [Newtonsoft.Json.JsonIgnore] public string ApiKey { get; set; } = "";
                    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? PasswordHash { get; set; }
                }

                public sealed class TokenResponse
                {
                    public string AccessToken { get; set; } = "";
                    public string RefreshToken { get; set; } = "";
                    public int ExpiresIn { get; set; }
                }

                [ApiController]
                public sealed class TeamsController : ControllerBase
                {
                    [HttpGet("member")] public Member Member() => {|#0:new Member()|};
                    [HttpGet("webhook")] public Webhook Webhook() => {|#1:new Webhook()|};
                    [HttpGet("team")] public Team Team() => {|#2:new Team()|};
                    [HttpGet("hidden")] public Hidden Hidden() => {|#3:new Hidden()|};
                    [HttpPost("token")] public TokenResponse Token() => new TokenResponse();
                }
                """,
                Expected(0, "Member", "Password", "TeamsController.Member"),
                Expected(1, "Webhook", "Signature", "TeamsController.Webhook"),
                Expected(2, "Team", "Members.Password", "TeamsController.Team"),
                Expected(3, "Hidden", "PasswordHash", "TeamsController.Hidden"));
        }

        [Fact]
        public async Task NotAnEndpoint_NoDiagnostic()
        {
            await RunAsync(
                """
                using Microsoft.AspNetCore.Identity;

                public sealed class UserService
                {
                    public IdentityUser Find(UserManager<IdentityUser> users, string id) => users.FindByIdAsync(id).Result!;
                }
                """);
        }

        [Fact]
        public async Task WithoutAspNetCore_NoDiagnostic()
        {
            var test = new Verify.Test
            {
                TestCode = """
                    public sealed class Member
                    {
                        public string Password { get; set; } = "";
                    }

                    public sealed class MembersController
                    {
                        public Member Get() => new Member();
                    }
                    """,
            };
            await test.RunAsync();
        }

        [Fact]
        public async Task GeneratedCode_NoDiagnostic()
        {
            var test = new Verify.Test { ReferenceAssemblies = TestReferences.Net80AspNetCoreWithPackages };
            test.TestState.Sources.Add(("UsersController.g.cs", """
                // <auto-generated/>
                using Microsoft.AspNetCore.Identity;
                using Microsoft.AspNetCore.Mvc;

                public sealed class UsersController : ControllerBase
                {
                    public IdentityUser Get() => new IdentityUser();
                }
                """));
            await test.RunAsync();
        }

        private static DiagnosticResult Expected(int location, string type, string member, string sink) =>
            Verify.Diagnostic().WithLocation(location).WithArguments(type, member, sink);

        private static Task RunAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new Verify.Test { TestCode = source, ReferenceAssemblies = TestReferences.Net80AspNetCoreWithPackages };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
