export default `
# Programming, scripting, markup, query and shader languages.
# id | Name | aliases | parents | related | flags

# --- General-purpose languages ---
python | Python | Python 3, Python3, Python 2, Python programming, Python scripting | | r, java, django, pandas, scikit-learn | e:m
javascript | JavaScript | JS, ECMAScript, ES6, ES2015, Vanilla JS, Vanilla JavaScript, Java Script | | typescript, react, nodejs, html, css | e:m
typescript | TypeScript | Type Script | javascript | javascript, angular, react, nodejs | e:w
java | Java | Core Java, Java SE, Java 8, Java 11, Java 17, Java 21, J2SE, Java programming | | kotlin, spring, scala, csharp | amb e:m
c | C | C language, C programming, C programming language, ANSI C, C99, C11 | | cpp, embedded-c, assembly, rust | amb e:m
cpp | C++ | CPP, C plus plus, Visual C++, C++11, C++14, C++17, C++20, Modern C++ | | c, rust, csharp, qt | e:m
csharp | C# | C Sharp, CSharp, C#.NET, Visual C# | | dotnet, asp-net, java, unity | e:m
fsharp | F# | F Sharp, FSharp | | csharp, dotnet, ocaml, haskell | e:m
go | Go | Golang, Go lang, Go language, Go programming | | rust, cpp, kubernetes, docker | amb e:m
rust | Rust | Rust lang, Rustlang, Rust programming | | cpp, go, c, webassembly | amb e:m
ruby | Ruby | Ruby programming | | ruby-on-rails, python, rspec | amb e:m
php | PHP | PHP 7, PHP 8, PHP7, PHP8 | | laravel, symfony, wordpress, mysql | e:m
swift | Swift | Swift 5, Swift programming | | objective-c, swiftui, ios, xcode | amb e:m
kotlin | Kotlin | Kotlin programming | | java, android, jetpack-compose, spring-boot | e:m
scala | Scala | Scala programming | | apache-spark, java, akka, kotlin | e:m
r | R | R programming, R language, R programming language, R scripting | | python, statistics, sas, matlab | amb e:m
objective-c | Objective-C | Objective C, ObjC, Obj-C, ObjectiveC | c | swift, ios, cocoa-touch | e:m
dart | Dart | Dart lang, Dart programming | | flutter, kotlin, javascript | amb e:w
julia | Julia | Julia lang, JuliaLang, Julia programming | | python, r, matlab | amb e:w
lua | Lua | Lua scripting | | python, c | e:w
perl | Perl | Perl 5, Perl scripting | | python, bash, shell-scripting | e:w
groovy | Groovy | Apache Groovy, Groovy scripting | | java, grails, jenkins | cs e:w
zig | Zig | Zig lang | | c, rust | cs e:m
coffeescript | CoffeeScript | Coffee Script | javascript | javascript | e:w
actionscript | ActionScript | ActionScript 3, AS3 | | adobe-flex, javascript | e:w
webassembly | WebAssembly | Wasm, Web Assembly | | rust, javascript, cpp | e:w
cython | Cython | | python | python, c | e:w

# --- Functional languages ---
haskell | Haskell | | | ocaml, scala, fsharp, elm | e:m
ocaml | OCaml | Objective Caml | | haskell, fsharp | e:m
erlang | Erlang | Erlang/OTP, Erlang OTP | | elixir, haskell | e:m
elixir | Elixir | Elixir lang | | erlang, phoenix, ruby | amb e:m
clojure | Clojure | | lisp | clojurescript, scala, haskell | e:m
clojurescript | ClojureScript | CLJS | clojure | clojure, javascript | e:w
elm | Elm | Elm lang | | haskell, javascript | amb e:w
purescript | PureScript | | | haskell, elm | e:w
lisp | Lisp | LISP programming | | clojure, scheme, common-lisp | cs e:w
common-lisp | Common Lisp | | lisp | lisp, clojure | e:m
scheme | Scheme | Scheme programming | lisp | racket, lisp | amb e:w
racket | Racket | Racket lang | lisp | scheme | cs e:w
autolisp | AutoLISP | Auto LISP | lisp | lisp | e:w
prolog | Prolog | | | lisp | e:w
smalltalk | Smalltalk | | | objective-c, ruby | e:m

# --- Enterprise, legacy and mainframe ---
cobol | COBOL | Cobol programming | | jcl, pl-i | e:m
jcl | JCL | Job Control Language | | cobol, rexx | e:w
pl-i | PL/I | PL/1, PLI | | cobol | cs e:w
rexx | REXX | | | jcl, cobol | e:w
rpg | RPG | RPG IV, RPGLE, RPG ILE, ILE RPG, RPG400 | | cobol | amb e:m
fortran | Fortran | FORTRAN 77, Fortran 90, Fortran 95, FORTRAN90 | | c, matlab, cpp | e:m
pascal | Pascal | Turbo Pascal, Free Pascal | | delphi, c | amb e:w
delphi | Delphi | Object Pascal, Embarcadero Delphi, Borland Delphi | pascal | pascal | amb e:w
ada | Ada | Ada 95, Ada 2012, SPARK Ada | | c, cpp | amb e:m
visual-basic | Visual Basic | VB, VB6, Visual Basic 6, Microsoft Visual Basic | | vba, vb-net, vbscript | amb e:w
vb-net | VB.NET | Visual Basic .NET, VB .NET, Visual Basic.NET, VBNET | visual-basic, dotnet | csharp, asp-net | e:w
vba | VBA | Visual Basic for Applications, Excel VBA, VBA macros, VBA scripting, Access VBA | | microsoft-excel, visual-basic | e:w
vbscript | VBScript | VB Script, Visual Basic Script | | visual-basic, powershell | e:w
powerbuilder | PowerBuilder | PowerScript, SAP PowerBuilder | | sql | e:w
visual-foxpro | Visual FoxPro | FoxPro, VFP | | sql | e:w
openedge-abl | OpenEdge ABL | Progress 4GL, Progress ABL, Progress OpenEdge, OpenEdge 4GL, OpenEdge Advanced Business Language | | sql | e:w
scratch | Scratch | Scratch programming, MIT Scratch, Scratch 3.0 | | python | amb e:d
abap | ABAP | SAP ABAP, ABAP Objects, ABAP/4, ABAP OO | | sap | e:m
apex | Apex | Salesforce Apex, Apex code, Apex programming | | salesforce, soql, visualforce, java | amb e:w
visualforce | Visualforce | Salesforce Visualforce, VisualForce pages | | apex, salesforce | e:w
xpp | X++ | | | dotnet | e:w
mumps | MUMPS | M programming language, Cache ObjectScript, ObjectScript | | epic-systems | amb e:m
labview | LabVIEW | NI LabVIEW, National Instruments LabVIEW | | matlab, c | e:w

# --- Scientific and numeric ---
matlab | MATLAB | MathWorks MATLAB, Matlab programming | | python, r, octave, fortran | e:w
octave | GNU Octave | Octave | | matlab | amb e:w
wolfram-language | Wolfram Language | Mathematica, Wolfram Mathematica | | matlab, python | e:w
gams | GAMS | General Algebraic Modeling System | | ampl | e:w
ampl | AMPL | | | gams | e:w
modelica | Modelica | | | matlab | e:w
opencl | OpenCL | | | cuda, cpp | e:w
openmp | OpenMP | | | mpi, cpp, c | e:w
mpi | Message Passing Interface | OpenMPI, Open MPI, MPICH, MPI programming | | openmp, cpp, fortran | e:w

# --- Shells and scripting ---
bash | Bash | Bash scripting, Bash script, Bash shell, Bash scripts | shell-scripting | shell-scripting, linux, python, powershell | e:w
shell-scripting | Shell Scripting | Shell, Shell script, Shell scripts, Shell programming, Unix shell scripting, Linux shell scripting, Unix shell, Linux shell, Unix scripting, Linux scripting | | bash, linux, powershell, perl | amb e:w
korn-shell | Korn Shell | ksh, KornShell | shell-scripting | bash | e:d
zsh | Zsh | Z shell | shell-scripting | bash | e:d
powershell | PowerShell | Windows PowerShell, Power Shell, PowerShell scripting, PowerShell Core | | bash, vbscript | e:w
batch-scripting | Batch Scripting | Batch script, Batch scripts, Windows batch, Batch files, Batch file scripting, Windows batch scripting, DOS batch | | powershell | e:d
awk | AWK | GNU awk, gawk | | sed, bash, perl | e:d
sed | sed | GNU sed | | awk, bash | amb e:d
tcl | Tcl | Tcl/Tk, Tool Command Language | | perl, python | e:w
applescript | AppleScript | Apple Script | | bash | e:d
autohotkey | AutoHotkey | AHK | | powershell | e:d
regular-expressions | Regular Expressions | Regex, RegExp, Regexes, Regular Expression | | python, perl, awk | e:d

# --- Embedded and hardware description ---
embedded-c | Embedded C | Embedded C programming | c | c, cpp, assembly | e:m
misra-c | MISRA C | MISRA, MISRA-C, MISRA C++, MISRA-C++ | c | embedded-c, cpp | e:w
assembly | Assembly | Assembly language, Assembler, Assembly programming, x86 assembly, ARM assembly, MIPS assembly, x86-64 assembly, ASM | | c, embedded-c | amb e:m
verilog | Verilog | Verilog HDL | | vhdl, systemverilog | e:m
systemverilog | SystemVerilog | System Verilog | verilog | verilog, uvm, vhdl | e:m
vhdl | VHDL | | | verilog, systemverilog | e:m
systemc | SystemC | | cpp | systemverilog, cpp | e:w

# --- Shader languages and graphics ---
glsl | GLSL | OpenGL Shading Language | | hlsl, opengl, webgl | e:w
hlsl | HLSL | High-Level Shading Language, High Level Shading Language, High Level Shader Language | | glsl, directx | e:w
wgsl | WGSL | WebGPU Shading Language | | webgpu, glsl | e:w
metal-shading-language | Metal Shading Language | Metal shaders | | hlsl, glsl | e:w
gdscript | GDScript | | | godot, python | e:w

# --- Smart contracts ---
solidity | Solidity | Solidity programming | | smart-contracts, vyper, javascript | cs e:w
vyper | Vyper | | | solidity | e:w
smart-contracts | Smart Contracts | Smart contract, Smart contract development, Ethereum smart contracts | | solidity, vyper | e:w

# --- Markup, style and data formats ---
html | HTML | HTML5, HTML 5, Hypertext Markup Language, HyperText Markup Language | | css, javascript | e:w
xhtml | XHTML | Extensible Hypertext Markup Language | html | html, xml | e:d
css | CSS | CSS3, CSS 3, Cascading Style Sheets, Cascading Style Sheet | | html, sass, tailwind-css | e:w
sass | Sass | Syntactically Awesome Style Sheets, Sass CSS | css | scss, less, css, postcss | cs e:d
scss | SCSS | Sassy CSS, SCSS modules | sass, css | sass, less, css | e:d
less | Less | LESS, Less.js, LESS CSS, Less CSS | css | sass, css | amb e:d
xml | XML | Extensible Markup Language | | json, xslt, xpath, xml-schema | e:w
xslt | XSLT | XSL, XSL-T, XSL Transformations | xml | xpath, xml | e:w
xpath | XPath | XML Path Language | xml | xslt, xquery | e:d
xquery | XQuery | | xml | xpath | e:w
xml-schema | XML Schema | XSD, XML Schema Definition | xml | xml, json | e:d
xaml | XAML | Extensible Application Markup Language | xml | wpf, dotnet-maui | e:w
yaml | YAML | YML | | json, xml | e:d
toml | TOML | | | yaml | e:d
markdown | Markdown | | | html | amb e:d
mdx | MDX | Multidimensional Expressions, MDX queries | | dax, ssas | cs e:w
n1ql | N1QL | Couchbase Query Language, Couchbase N1QL | sql | couchbase | cs e:d
jsss | JSSS | JavaScript Style Sheets | | css | cs e:d
latex | LaTeX | | | markdown | cs e:w

# --- Query languages ---
sql | SQL | Structured Query Language, ANSI SQL, SQL queries, SQL programming | | postgresql, mysql, data-modeling, sql-server | e:w
tsql | T-SQL | Transact-SQL, TSQL, Transact SQL | sql | sql-server, pl-sql, stored-procedures | e:w
pl-sql | PL/SQL | PLSQL, PL SQL, Oracle PL/SQL | sql | oracle-database, tsql, stored-procedures | e:w
plpgsql | PL/pgSQL | PLpgSQL, PL/PgSQL | sql | postgresql, pl-sql | e:w
soql | SOQL | Salesforce Object Query Language | | apex, salesforce | e:d
sparql | SPARQL | | | cypher, xml | e:w
cypher | Cypher | Cypher Query Language, openCypher | | sparql, gremlin | cs e:w
gremlin | Gremlin | Apache TinkerPop Gremlin | | cypher | cs e:w
kql | KQL | Kusto Query Language | | azure, sql | e:w
`;
