// benchmark: safe GDPR010
// The same API returns a data transfer object with the members the client needs.
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

public sealed record UserSummary(string Id, string? UserName);

[ApiController]
[Route("api/users")]
public sealed class UsersController(UserManager<IdentityUser> users) : ControllerBase
{
    [HttpGet]
    public ActionResult<List<UserSummary>> All() => users.Users.Select(u => new UserSummary(u.Id, u.UserName)).ToList();
}
