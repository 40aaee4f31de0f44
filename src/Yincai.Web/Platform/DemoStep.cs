namespace Yincai.Platform;

/// <summary>A step of the demo data taken through a real service: a refusal is a bug of the seed, so it stops the start
/// with the error's code and text.</summary>
public static class DemoStep
{
    public static T Expect<T>(Result<T> result) => result.IsError ? throw Refused(result.Error!) : result.Value!;

    public static void Expect(Result result)
    {
        if (result.IsError) throw Refused(result.Error!);
    }

    private static InvalidOperationException Refused(Error error) => new($"A demo step was refused: {error.Code} {error.Message}");
}
