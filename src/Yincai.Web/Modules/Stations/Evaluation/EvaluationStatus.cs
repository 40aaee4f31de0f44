namespace Yincai.Modules.Stations.Evaluation;

public enum EvaluationStatus
{
    /// <summary>Opened by the program's officers; the experts score it.</summary>
    Open = 1,
    /// <summary>合格: the reward is recorded (STN-13, STN-14).</summary>
    Passed = 2,
    /// <summary>不合格: the station is revoked (撤站摘牌, STN-14).</summary>
    Failed = 3,
}
