/*
 * CareLearn's LMS script for ADL's CATAPULT LMS Test Suite (adlnet/CATAPULT, lts/). The suite loads it
 * through CATAPULT_LMS and calls the functions below to import its test packages, launch their AUs in a
 * headless Chromium, waive an AU and abandon a session; every one of them is a call to CareLearn's own
 * REST API, made the way an administrator and a learner would make it:
 *
 *   import        admin    POST /api/admin/courses?fileName=...        (the package as the request body)
 *   new learner   admin    POST /api/admin/staff, POST /api/admin/accounts/{user}/temporary-password
 *                 learner  sign-in form, PUT /api/me/password           (chooses their own password)
 *   enrol         learner  POST /api/me/learning                        (a new registration)
 *   launch        learner  POST /api/me/learning/{enrolment}/launches   (Normal, Browse or Review)
 *   waive         admin    POST /api/admin/enrolments/{enrolment}/waivers
 *   abandon       admin    POST /api/admin/launch-sessions/{session}/abandon
 *
 * CareLearn names its learners itself (an account under its LMS IRI, no personal data), so the actor the
 * suite proposes is not used: each launch without a registration gets a new learner with a new
 * registration, and the suite reads the actor back from the AU.
 *
 * Settings (environment): CARELEARN_URL (default http://127.0.0.1:8080), CARELEARN_ADMIN_USER and
 * CARELEARN_ADMIN_PASSWORD (default the demo admin), CARELEARN_LRS_KEY and CARELEARN_LRS_SECRET (an LRS
 * client that may read every statement; default the demo client), CATAPULT_LTS (the suite's lts folder).
 */
"use strict";

const http = require("http"),
    https = require("https"),
    path = require("path"),
    crypto = require("crypto");

if (!process.env.CATAPULT_LTS) {
    throw new Error("Set CATAPULT_LTS to the suite's lts folder (run.sh does)");
}

// The suite checks refusals with instanceof, so the error class must be the suite's own module.
const {InvalidPackageError} = require(path.join(process.env.CATAPULT_LTS, "lib", "errors"));

const BASE = (process.env.CARELEARN_URL || "http://127.0.0.1:8080").replace(/\/+$/, ""),
    ADMIN_USER = process.env.CARELEARN_ADMIN_USER || "admin",
    ADMIN_PASSWORD = process.env.CARELEARN_ADMIN_PASSWORD || "Keep-Records-Safe-26",
    LRS_KEY = process.env.CARELEARN_LRS_KEY || "demo-lrs-client",
    LRS_SECRET = process.env.CARELEARN_LRS_SECRET || "Demo-LRS-Secret-2026";

/** A browser-like HTTP client: keeps its cookies (the session) and never follows redirects. */
class Client {
    constructor(name) {
        this.name = name;
        this.cookies = new Map();
    }

    request(method, address, {body, contentType, accept = "application/json"} = {}) {
        const url = new URL(address, BASE + "/"),
            transport = url.protocol === "https:" ? https : http,
            headers = {Accept: accept};

        if (this.cookies.size > 0) {
            headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
        }
        if (body !== undefined) {
            headers["Content-Type"] = contentType;
            headers["Content-Length"] = Buffer.byteLength(body);
        }

        return new Promise((resolve, reject) => {
            const req = transport.request(url, {method, headers}, (res) => {
                const chunks = [];

                for (const cookie of res.headers["set-cookie"] || []) {
                    const [pair] = cookie.split(";"),
                        at = pair.indexOf("=");

                    this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
                }
                res.on("data", (chunk) => chunks.push(chunk));
                res.on("end", () => {
                    const text = Buffer.concat(chunks).toString("utf8");
                    let json;

                    try {
                        json = text.length > 0 ? JSON.parse(text) : undefined;
                    }
                    catch (ex) {
                        json = undefined;
                    }
                    resolve({status: res.statusCode, headers: res.headers, text, json});
                });
            });

            req.on("error", reject);
            if (body !== undefined) {
                req.write(body);
            }
            req.end();
        });
    }

    /** Sends JSON and insists on one of the expected statuses; the error carries CareLearn's message. */
    async call(method, address, payload, ...expected) {
        const res = await this.request(method, address, payload === undefined ? {} : {
            body: JSON.stringify(payload),
            contentType: "application/json"
        });

        if (!expected.includes(res.status)) {
            throw new Error(`${this.name}: ${method} ${address} answered ${res.status}: ${res.text.slice(0, 500)}`);
        }

        return res.json;
    }

    /** CareLearn's sign-in form (WildFly's FORM mechanism): ask for a page first, as a browser does. */
    async signIn(username, password) {
        await this.request("GET", "index.xhtml", {accept: "text/html"});
        const res = await this.request("POST", "j_security_check", {
            body: new URLSearchParams({j_username: username, j_password: password}).toString(),
            contentType: "application/x-www-form-urlencoded",
            accept: "text/html"
        });

        // Accepted: 302 back to the page asked for; refused: 302 to the sign-in page with ?failure=...
        if (res.status !== 302 || /failure=/.test(res.headers.location || "")) {
            throw new Error(`${this.name}: signing in as ${username} failed (${res.status} ${res.headers.location || ""})`);
        }
    }
}

let admin;
const courses = new Map(), // versionId -> {courseIri, aus: [AU ids in document order]}
    registrations = new Map(); // registration -> {learner, employeeId, enrolmentId, versionId}
let organisation;

/** A password the policy accepts (12+ characters, not common, without the user name). */
const newPassword = () => `Cat-${crypto.randomBytes(12).toString("base64url")}-5`;

/** A new staff member with a sign-in of their own, signed in and past the temporary password. */
const newLearner = async () => {
    if (!organisation) {
        const departments = await admin.call("GET", "api/departments", undefined, 200),
            jobRoles = await admin.call("GET", "api/job-roles", undefined, 200);

        organisation = {department: departments[0].code, jobRole: jobRoles[0].code};
    }

    const employeeId = `CATAPULT${crypto.randomInt(1e8, 1e9)}`,
        username = employeeId.toLowerCase();

    await admin.call("POST", "api/admin/staff", {
        employeeId,
        givenName: "Catapult",
        familyName: `Learner ${employeeId.slice(8)}`,
        email: `${username}@catapult.invalid`,
        departmentCode: organisation.department,
        jobRoleCode: organisation.jobRole,
        managerEmployeeId: null,
        hireDate: "2024-01-15"
    }, 201);
    const {temporaryPassword} = await admin.call("POST", `api/admin/accounts/${username}/temporary-password`,
            undefined, 200),
        learner = new Client(`learner ${username}`);

    await learner.signIn(username, temporaryPassword);
    await learner.call("PUT", "api/me/password", {current: temporaryPassword, replacement: newPassword()}, 204);

    return {learner, employeeId};
};

/** Hands the learner's session to the suite's browser, as if the learner had opened the lesson there. */
const shareSessionWithBrowser = async (learner) => {
    const cookies = [...learner.cookies].map(([name, value]) => ({name, value, url: BASE + "/"}));

    await global.page.setCookie(...cookies);
};

const readAll = async (stream) => {
    const chunks = [];

    for await (const chunk of stream) {
        chunks.push(chunk);
    }

    return Buffer.concat(chunks);
};

module.exports = {
    setup: async () => {
        admin = new Client("admin");
        await admin.signIn(ADMIN_USER, ADMIN_PASSWORD);
        const me = await admin.call("GET", "api/me", undefined, 200);

        if (!me.roles.includes("ADMIN")) {
            throw new Error(`${ADMIN_USER} is not an administrator of CareLearn`);
        }
    },

    // The sessions of the admin and the learners end on their own after 30 minutes without activity.
    teardown: async () => {
        admin = undefined;
    },

    getLrsEndpoint: () => `${BASE}/xapi`,

    getLrsAuthHeader: () => `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString("base64")}`,

    importCourse: async (stream, contentType, filename) => {
        const body = await readAll(stream),
            res = await admin.request("POST", `api/admin/courses?fileName=${encodeURIComponent(filename)}`,
                {body, contentType});

        if (res.status === 201) {
            // A new course waits until an admin offers it; the suite's learners enrol themselves. A package the
            // suite imports again (006-launchMode, once for Browse and once for Review) is a new version of a
            // course already offered, which stays offered: CareLearn refuses to offer it twice.
            const listed = (await admin.call("GET", "api/admin/courses", undefined, 200))
                .find((summary) => summary.courseIri === res.json.courseIri);

            if (!listed || listed.availability !== "OFFERED") {
                await admin.call("PUT", "api/admin/courses/availability",
                    {courseIri: res.json.courseIri, availability: "OFFERED"}, 200);
            }
            courses.set(res.json.versionId, {courseIri: res.json.courseIri, aus: res.json.aus.map((au) => au.id)});

            return res.json.versionId;
        }
        if (res.status === 422 || res.status === 413) {
            // CareLearn refused the package and stored nothing of it: every reason is in the details.
            throw new InvalidPackageError(`${res.json.message}: ${res.json.details.join("; ")}`);
        }

        throw new Error(`Importing ${filename} answered ${res.status}: ${res.text.slice(0, 500)}`);
    },

    getLaunchUrl: async (courseId, auIndex, actor, {registration, launchMode} = {}) => {
        const course = courses.get(courseId);

        if (!course || auIndex >= course.aus.length) {
            throw new Error(`No AU ${auIndex} in course version ${courseId}`);
        }
        const au = course.aus[auIndex];
        let enrolled;

        if (registration) {
            enrolled = registrations.get(registration);
            if (!enrolled) {
                throw new Error(`Registration ${registration} was not made through this script`);
            }
        }
        else {
            const {learner, employeeId} = await newLearner(),
                enrolment = await learner.call("POST", "api/me/learning", {courseIri: course.courseIri}, 201);

            if (enrolment.courseVersionId !== courseId) {
                throw new Error(`Enrolled in version ${enrolment.courseVersionId}, not ${courseId}`);
            }
            enrolled = {learner, employeeId, enrolmentId: enrolment.id, versionId: courseId};
            registrations.set(enrolment.registration, enrolled);
        }

        const request = launchMode === undefined ? {au} : {au, launchMode},
            launch = await enrolled.learner.call("POST", `api/me/learning/${enrolled.enrolmentId}/launches`,
                request, 200);

        if (launchMode !== undefined && launch.launchMode !== launchMode) {
            throw new Error(`Asked for a ${launchMode} launch, CareLearn launched in ${launch.launchMode}`);
        }
        await shareSessionWithBrowser(enrolled.learner);

        return launch.url;
    },

    // CareLearn keeps every course version and every record, as a hospital must; each launch above has a
    // learner and a registration of its own, so one test's leftovers never meet the next.
    cleanup: async () => {
    },

    hasWaive: () => true,

    waiveAU: async (registration, auIndex, reason) => {
        const enrolled = registrations.get(registration);

        if (!enrolled) {
            throw new Error(`Registration ${registration} was not made through this script`);
        }
        await admin.call("POST", `api/admin/enrolments/${enrolled.enrolmentId}/waivers`,
            {au: courses.get(enrolled.versionId).aus[auIndex], reason}, 204);
    },

    hasAbandon: () => true,

    abandonSession: async (sessionId) => {
        await admin.call("POST", `api/admin/launch-sessions/${encodeURIComponent(sessionId)}/abandon`, undefined, 204);
    }
};
