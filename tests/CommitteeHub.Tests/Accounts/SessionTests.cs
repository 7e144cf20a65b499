using System.Net;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Accounts;

/// <summary>A session cookie is worth nothing once its owner signs out or changes the password: a copy of it (a shared
/// computer, a stolen cookie) reads no exempt paper and is treated as the public.</summary>
public sealed class SessionTests(CommitteeHubApp app) : AppTest(app)
{
    private async Task AssertReadsAsPublic(HttpClient client, int documentId, string secret)
    {
        var response = await client.GetAsync($"/documents/{documentId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain(secret, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("Signed in as", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_copy_of_a_councillors_cookie_reads_no_exempt_paper_once_the_councillor_signs_out()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        var secret = await Pages.ExemptAccessTests.ConfidentialSentence(paper.DocumentId);
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var copy = App.CopyOf(councillor);
        Assert.Contains(secret, WebUtility.HtmlDecode(await copy.GetStringAsync($"/documents/{paper.DocumentId}")));

        var home = await councillor.GetStringAsync("/account/sign-out");
        var signOut = await councillor.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(home),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await AssertReadsAsPublic(copy, paper.DocumentId, secret);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session_of_the_account()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.StaffOnly);
        var secret = await Pages.ExemptAccessTests.ConfidentialSentence(paper.DocumentId);
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var copy = App.CopyOf(clerk);
        Assert.Contains(secret, WebUtility.HtmlDecode(await copy.GetStringAsync($"/documents/{paper.DocumentId}")));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByEmailAsync(DemoCouncil.ClerkEmail);
            Assert.True((await users.ChangePasswordAsync(user!, DemoCouncil.Password, "A-new-pass-for-2027!")).Succeeded);
        }

        await AssertReadsAsPublic(clerk, paper.DocumentId, secret);
        await AssertReadsAsPublic(copy, paper.DocumentId, secret);
        await App.SignedInAs(DemoCouncil.ClerkEmail, "A-new-pass-for-2027!");
    }
}
