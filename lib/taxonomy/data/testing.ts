export default `
# Software testing, quality assurance and accessibility.
# id | Name | aliases | parents | related | flags

# --- Test levels and types ---
unit-testing | Unit Testing | unit tests, unit test, unit testing frameworks | | tdd, integration-testing, junit, pytest | e:w
integration-testing | Integration Testing | integration tests, integration test | | unit-testing, end-to-end-testing, api-testing | e:w
end-to-end-testing | End-to-End Testing | E2E testing, E2E tests, end to end testing, end-to-end tests, E2E | | cypress, playwright, integration-testing | e:w
system-testing | System Testing | system tests, system integration testing | | integration-testing, acceptance-testing | e:w
acceptance-testing | Acceptance Testing | acceptance tests | | user-acceptance-testing, atdd | e:w
user-acceptance-testing | User Acceptance Testing | UAT, user acceptance tests, user acceptance test | acceptance-testing | acceptance-testing, test-planning | e:w
regression-testing | Regression Testing | regression tests, regression test suites | | test-automation, smoke-testing | e:w
smoke-testing | Smoke Testing | smoke tests, smoke test | | sanity-testing, regression-testing | e:d
sanity-testing | Sanity Testing | sanity tests | | smoke-testing | e:d
functional-testing | Functional Testing | functional tests | | regression-testing, black-box-testing | e:w
non-functional-testing | Non-Functional Testing | non functional testing | | performance-testing, security-testing | e:w
black-box-testing | Black-Box Testing | black box testing | | white-box-testing, functional-testing | e:d
white-box-testing | White-Box Testing | white box testing, glass box testing | | black-box-testing, code-coverage | e:d
manual-testing | Manual Testing | manual QA, manual test execution | | exploratory-testing, test-case-design | e:w
exploratory-testing | Exploratory Testing | | manual-testing | manual-testing | e:d
api-testing | API Testing | API tests, REST API testing, web services testing, API test automation | | postman, rest-assured, soapui | e:w
contract-testing | Consumer-Driven Contract Testing | consumer driven contract testing, consumer-driven contracts, API contract testing, contract tests, Pact testing | | pact, api-testing | e:d
ui-testing | UI Testing | GUI testing, user interface testing, UI tests | | end-to-end-testing, selenium | e:w
cross-browser-testing | Cross-Browser Testing | cross browser testing, browser compatibility testing, cross-browser compatibility | | browserstack, sauce-labs | e:d
mobile-testing | Mobile Testing | mobile app testing, mobile application testing | | appium, espresso, xctest | e:w
visual-regression-testing | Visual Regression Testing | visual testing, screenshot testing | | applitools | e:d
mutation-testing | Mutation Testing | | | unit-testing | e:d
property-based-testing | Property-Based Testing | property based testing | | unit-testing | e:d
snapshot-testing | Snapshot Testing | snapshot tests | | jest | e:d
fuzz-testing | Fuzz Testing | Fuzzing, fuzz tests | | security-testing | e:w
security-testing | Security Testing | application security testing, security tests | | fuzz-testing, static-code-analysis | e:w
localization-testing | Localization Testing | L10n testing, internationalization testing | | ui-testing | e:d
database-testing | Database Testing | ETL testing, data warehouse testing | | sql | e:w
test-automation | Test Automation | automated testing, automation testing, automated tests, automated test, test automation framework, test automation frameworks, QA automation, automated QA | | selenium, cypress, playwright, regression-testing | e:w
continuous-testing | Continuous Testing | | test-automation | ci-cd | e:w
shift-left-testing | Shift-Left Testing | shift left testing, shift-left | | continuous-testing | e:d

# --- Performance testing ---
performance-testing | Performance Testing | performance tests, performance test, performance engineering testing | | load-testing, jmeter, loadrunner | e:w
load-testing | Load Testing | load tests, load test | performance-testing | stress-testing, jmeter, gatling, k6 | e:w
stress-testing | Stress Testing | stress tests | performance-testing | load-testing | amb e:d
jmeter | JMeter | Apache JMeter | performance-testing | gatling, loadrunner, blazemeter | e:w
loadrunner | LoadRunner | Micro Focus LoadRunner, HP LoadRunner, OpenText LoadRunner, LoadRunner Enterprise | performance-testing | jmeter, neoload | e:w
gatling | Gatling | | performance-testing | jmeter, k6 | e:d
k6 | k6 | Grafana k6 | load-testing | gatling, jmeter | amb e:d
locust | Locust | Locust.io | load-testing, python | jmeter, k6 | cs e:d
neoload | NeoLoad | Tricentis NeoLoad | performance-testing | loadrunner | e:d
blazemeter | BlazeMeter | | jmeter | jmeter | e:d
silk-performer | Silk Performer | SilkPerformer | performance-testing | loadrunner | e:d

# --- Methods ---
tdd | Test-Driven Development | TDD, test driven development | unit-testing | bdd, unit-testing | e:w
bdd | Behavior-Driven Development | BDD, behaviour-driven development, behavior driven development, behaviour driven development | | cucumber, gherkin, tdd | e:w
atdd | Acceptance Test-Driven Development | ATDD, acceptance test driven development | acceptance-testing | bdd, tdd | e:w
gherkin | Gherkin | Gherkin syntax | bdd | cucumber | e:d
cucumber | Cucumber | Cucumber BDD, CucumberJS, Cucumber.js, Cucumber-JVM | bdd | gherkin, selenium, specflow | amb e:d
serenity-bdd | Serenity BDD | Serenity BDD framework | bdd, java | cucumber, selenium | e:d
jbehave | JBehave | | bdd, java | cucumber | e:d
specflow | SpecFlow | Reqnroll | bdd, dotnet | cucumber | e:d
page-object-model | Page Object Model | Page Object Pattern, Page Objects | | selenium | e:d
test-data-management | Test Data Management | test data generation, test data provisioning | | test-planning | e:w
test-planning | Test Planning | test plans, test plan | | test-case-design | e:w
test-case-design | Test Case Design | test cases, test case, test case development, test case writing, writing test cases, test scenarios | | test-planning, manual-testing | e:w
defect-tracking | Defect Tracking | bug tracking, defect management, defect lifecycle, bug reporting, defect triage | | jira, bugzilla | e:d
code-coverage | Code Coverage | test coverage, code coverage analysis | | unit-testing, jacoco | e:d
static-code-analysis | Static Code Analysis | static analysis, static code analysis tools, static analyzers, static analyzer | | sonarqube, coverity | e:d
software-quality-assurance | Software Quality Assurance | SQA, software QA, QA testing, QA processes, QA methodologies, quality assurance testing | | test-automation, istqb | e:w
stlc | Software Testing Life Cycle | STLC, software test life cycle | | test-planning | e:d
istqb | ISTQB | ISTQB certification, ISTQB Foundation Level, ISTQB Certified Tester, ISTQB CTFL, CTFL | | software-quality-assurance | e:w

# --- Browser and UI automation ---
selenium | Selenium | Selenium WebDriver, WebDriver, Selenium Grid, Selenium IDE | test-automation | cypress, playwright, page-object-model | e:w
webdriverio | WebdriverIO | WebDriverIO, WDIO | javascript | selenium | e:d
cypress | Cypress | Cypress.io | javascript | playwright, selenium | amb e:w
playwright | Playwright | Microsoft Playwright | | cypress, selenium, puppeteer | amb e:w
puppeteer | Puppeteer | | nodejs | playwright | cs e:d
testcafe | TestCafe | | javascript | cypress | e:d
protractor | Protractor | | angular | cypress | cs e:d
nightwatch | Nightwatch.js | Nightwatch, NightwatchJS | javascript | selenium | e:d
robot-framework | Robot Framework | RobotFramework | python | selenium | e:w
staf | Software Testing Automation Framework | STAF | | test-automation | cs e:w
uft | UFT | Micro Focus UFT, Unified Functional Testing, QTP, QuickTest Professional, HP UFT, UFT One, HP QTP | | selenium | e:w
tricentis-tosca | Tricentis Tosca | Tosca | | uft | e:d
testcomplete | TestComplete | SmartBear TestComplete | | uft, ranorex | e:d
ranorex | Ranorex | | | testcomplete | e:d
katalon | Katalon Studio | Katalon | | selenium | e:d
watir | Watir | | ruby | selenium | e:d
browserstack | BrowserStack | Browser Stack | cross-browser-testing | sauce-labs, lambdatest | e:d
sauce-labs | Sauce Labs | SauceLabs | cross-browser-testing | browserstack | e:d
lambdatest | LambdaTest | | cross-browser-testing | browserstack | e:d
applitools | Applitools | Applitools Eyes | visual-regression-testing | | e:d

# --- JavaScript test frameworks ---
jest | Jest | Jest.js, JestJS | javascript | react-testing-library, mocha, vitest | cs e:d
mocha | Mocha | Mocha.js, MochaJS | javascript | chai, jest | amb e:d
chai | Chai | Chai.js | javascript | mocha | amb e:d
jasmine | Jasmine | Jasmine.js, JasmineJS | javascript | karma | amb e:d
karma | Karma | Karma runner, Karma test runner, Karma.js | javascript | jasmine | amb e:d
vitest | Vitest | | javascript | jest | e:d
react-testing-library | React Testing Library | react-testing-library | react | jest, enzyme | e:d
enzyme | Enzyme | Enzyme.js | react | jest, react-testing-library | amb e:d
sinon | Sinon.js | Sinon, SinonJS | javascript | mocha | e:d

# --- JVM, .NET, Python, Ruby, PHP, C++ test frameworks ---
junit | JUnit | JUnit 5, JUnit5, JUnit 4, JUnit4, JUnit Jupiter | java, unit-testing | testng, mockito | e:d
testng | TestNG | | java | junit | e:d
mockito | Mockito | | java | junit | e:d
powermock | PowerMock | | java | mockito | e:d
spock | Spock | Spock framework | groovy | junit | amb e:d
rest-assured | REST Assured | RestAssured, Rest-Assured | java, api-testing | postman | e:d
jacoco | JaCoCo | | java, code-coverage | junit | e:d
nunit | NUnit | | dotnet | xunit, mstest | e:d
xunit | xUnit.net | xUnit, XUnit.net | dotnet | nunit, mstest | e:d
mstest | MSTest | MS Test | dotnet | nunit | e:d
moq | Moq | | dotnet | nunit | e:d
pytest | pytest | PyTest, py.test | python, unit-testing | unittest | e:d
unittest | unittest | PyUnit, Python unittest | python, unit-testing | pytest | e:d
rspec | RSpec | | ruby | capybara, minitest | e:d
minitest | Minitest | | ruby | rspec | e:d
capybara | Capybara | | ruby | rspec, selenium | cs e:d
phpunit | PHPUnit | PHP Unit | php | | e:d
googletest | GoogleTest | gtest, Google Test, GoogleMock, gmock | cpp | catch2 | e:d
catch2 | Catch2 | | cpp | googletest | e:d
cppunit | CppUnit | | cpp | googletest | e:d

# --- Mobile test frameworks ---
appium | Appium | | test-automation | selenium, espresso, xctest | e:w
espresso | Espresso | Android Espresso, Espresso test framework | android | appium, ui-automator | amb e:d
ui-automator | UI Automator | UiAutomator | android | espresso | e:d
xctest | XCTest | XCUITest, XCUI tests, XCUITests | ios | appium | e:d
detox | Detox | Detox testing | react-native | appium | amb e:d
earlgrey | EarlGrey | | ios | xctest | e:d

# --- API and service testing ---
postman | Postman | Postman API | api-testing | soapui, rest-assured | amb e:d
soapui | SoapUI | Soap UI, ReadyAPI, Ready API | api-testing | postman | e:d
karate | Karate | Karate DSL, Karate framework | api-testing | rest-assured | amb e:d
pact | Pact | Pact.io, Pactflow | contract-testing | | cs e:d
wiremock | WireMock | | api-testing | | e:d
testcontainers | Testcontainers | Test Containers | docker | junit | e:d

# --- Test management and defect tracking ---
testrail | TestRail | | | jira, zephyr, xray | e:d
zephyr | Zephyr | Zephyr Scale, Zephyr Squad, Zephyr for Jira | jira | testrail, xray | amb e:d
xray | Xray | Xray for Jira, Xray Test Management | jira | zephyr, testrail | cs e:d
qtest | qTest | Tricentis qTest | | testrail | e:d
hp-alm | HP ALM | Micro Focus ALM, Quality Center, HP Quality Center, ALM Quality Center, OpenText ALM | | testrail | e:d
bugzilla | Bugzilla | | | jira | e:d
mantisbt | MantisBT | Mantis Bug Tracker | | bugzilla | e:d

# --- Code quality and analysis ---
eslint | ESLint | ES Lint | javascript, static-code-analysis | prettier, sonarqube | e:d
pylint | Pylint | | python, static-code-analysis | flake8, mypy | e:d
flake8 | Flake8 | | python, static-code-analysis | pylint | e:d
mypy | mypy | | python | pylint | e:d
checkstyle | Checkstyle | | java, static-code-analysis | spotbugs | e:d
spotbugs | SpotBugs | FindBugs | java, static-code-analysis | checkstyle | e:d
coverity | Coverity | Synopsys Coverity, Black Duck Coverity | static-code-analysis | klocwork, sonarqube | e:d
klocwork | Klocwork | | static-code-analysis | coverity | e:d
valgrind | Valgrind | | | cpp, c | e:d

# --- Hardware verification and manufacturing test ---
uvm | UVM | Universal Verification Methodology | systemverilog | systemverilog | amb e:m
hardware-validation | Hardware Validation | hardware verification and validation, hardware testing, board bring-up, hardware bring-up | | manufacturing-test, automated-test-equipment | e:m
manufacturing-test | Manufacturing Test | production test, production testing, manufacturing testing, end-of-line testing | | hardware-validation, automated-test-equipment, in-circuit-testing | e:w
automated-test-equipment | Automated Test Equipment | ATE, automatic test equipment | | manufacturing-test, ni-teststand | cs e:w
in-circuit-testing | In-Circuit Testing | in-circuit test, in circuit testing, flying probe testing | | manufacturing-test, boundary-scan | e:w
boundary-scan | Boundary Scan | JTAG boundary scan, IEEE 1149.1 | | in-circuit-testing | e:w

# --- Accessibility ---
google-lighthouse | Google Lighthouse | Lighthouse CI, Chrome Lighthouse | | web-performance, accessibility-testing | e:d
web-accessibility | Web Accessibility | digital accessibility, a11y, web a11y | | wcag, accessibility-testing, aria | e:w
accessibility-testing | Accessibility Testing | a11y testing, accessibility audits, accessibility audit | web-accessibility | wcag, axe-core | e:w
wcag | WCAG | Web Content Accessibility Guidelines, WCAG 2.0, WCAG 2.1, WCAG 2.2, WCAG 2.1 AA | web-accessibility | section-508, aria, accessibility-testing | e:w
section-508 | Section 508 | Section 508 compliance, 508 compliance | | wcag | e:d
aria | WAI-ARIA | ARIA, ARIA attributes, ARIA roles | html, web-accessibility | wcag | cs e:d
axe-core | axe-core | Deque axe, axe DevTools | accessibility-testing | accessibility-testing | e:d
screen-readers | Screen Readers | screen reader, screen reader testing | web-accessibility | accessibility-testing | e:d
assistive-technologies | Assistive Technologies | assistive tech | | screen-readers, web-accessibility, wcag | e:w
`;
