namespace Yincai.IntegrationTests;

/// <summary>How a test client authenticates: a bearer token from the API, or the cookie of the sign-in form.</summary>
public enum Via
{
    Bearer = 1,
    Cookie = 2,
}
