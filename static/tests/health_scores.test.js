import { expect, test } from "@odoo/hoot";
import {
    average,
    formatFigure,
    isDisagreement,
    parseScore,
    scoreLevel,
    spread,
} from "@community_work/health/health_scores";

test("average and spread of the members' scores", () => {
    expect(average([5, 1])).toBe(3);
    expect(spread([5, 1])).toBe(2);
    expect(spread([4, 4, 4])).toBe(0);
    expect(average([])).toBe(null);
    expect(spread([])).toBe(null);
    expect(formatFigure(10 / 3)).toBe("3.3");
    expect(formatFigure(null)).toBe("");
});

test("members disagree from a spread of 1", () => {
    expect(isDisagreement(spread([5, 3]))).toBe(true);
    expect(isDisagreement(spread([4, 3]))).toBe(false);
    expect(isDisagreement(null)).toBe(false);
});

test("only whole scores from 1 to 5 are read", () => {
    expect(parseScore("4")).toBe(4);
    expect(parseScore(" 1 ")).toBe(1);
    for (const text of ["0", "6", "2.5", "x", "", "-3"]) {
        expect(parseScore(text)).toBe(null, { message: `"${text}" is not a score` });
    }
});

test("scores and averages are coloured by level", () => {
    expect(scoreLevel(1)).toBe("low");
    expect(scoreLevel(2.4)).toBe("low");
    expect(scoreLevel(3)).toBe("middle");
    expect(scoreLevel(3.5)).toBe("high");
    expect(scoreLevel(null)).toBe("none");
});
