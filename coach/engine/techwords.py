"""Technical vocabulary the spelling check must know: product and language names with their official case,
and the words developers write that a general English dictionary lacks.

Written from the projects' own spellings (their sites and READMEs), not from any message.
"""

# Official spellings of names that are never ordinary English words, keyed by lower case. A lower-case or
# mis-cased "javascript" or "Github" in prose is a slip; the official form is the correction.
NAMES = {
    name.lower(): name
    for name in """
JavaScript TypeScript CoffeeScript GitHub GitLab Bitbucket PostgreSQL Postgres MySQL SQLite MongoDB MariaDB DynamoDB
CockroachDB Redis Elasticsearch OpenSearch Kafka RabbitMQ Kubernetes Docker Ansible Jenkins GraphQL gRPC
OAuth OpenID Django FastAPI PyTorch TensorFlow NumPy SciPy Jupyter Kotlin Haskell Clojure Erlang Scala PHP LinkedIn
YouTube macOS iOS Linux Ubuntu Debian WebAssembly WordPress Figma Jira Heroku Netlify Vercel Cloudflare
Firebase Supabase OpenAI ChatGPT DevOps DevSecOps MLOps GitOps DevRel HTML CSS SQL NoSQL JSON YAML XML API APIs AWS
GCP S3 EC2 HTTP HTTPS SRE LLM LLMs NLP UX UI CV CVs SEO SaaS GPU GPUs CPU CPUs IoT Arduino MATLAB PowerShell Xcode
SwiftUI Grafana Kibana Istio SvelteKit Nuxt Vite ESLint JUnit Laravel Symfony Godot OpenStack OpenShift
BigQuery Hadoop Salesforce Shopify Twilio LangChain Microsoft IBM Netflix Spotify Reddit WhatsApp jQuery Deno
Python Vue TailwindCSS Perl Fortran COBOL PhD MSc BSc MBA AI webpack pandas C++
Playwright Puppeteer Selenium Storybook Vitest Gradle IntelliJ PyCharm OpenAPI Dagster Databricks ClickHouse InfluxDB
Neo4j HAProxy Traefik Pulumi CloudFormation Kustomize Tekton CircleCI PagerDuty OpenTelemetry Datadog Keycloak
SendGrid Mailchimp JupyterLab Streamlit Gradio XGBoost LightGBM spaCy NLTK OpenCV MLflow Kubeflow SageMaker
DigitalOcean CentOS FreeBSD VirtualBox VMware Podman Minikube TypeORM SQLAlchemy Pydantic ZeroMQ Algolia OCaml
Blazor Xamarin Drupal Magento Webflow Turbopack PostCSS SonarQube Dependabot Linkerd Cassandra CI
Snakemake Nextflow Numba Bioconductor
""".split()
}
# Fixes that are not a change of case alone.
NAMES.update(
    {
        "nodejs": "Node.js",
        "node.js": "Node.js",
        "nextjs": "Next.js",
        "next.js": "Next.js",
        "vuejs": "Vue.js",
        "vue.js": "Vue.js",
        "reactjs": "React",
        "stackoverflow": "Stack Overflow",
        "vscode": "VS Code",
        "dotnet": ".NET",
        "huggingface": "Hugging Face",
        "springboot": "Spring Boot",
        "redhat": "Red Hat",
        "newrelic": "New Relic",
        "powerbi": "Power BI",
        "cosmosdb": "Cosmos DB",
        "argocd": "Argo CD",
        "travisci": "Travis CI",
        "letsencrypt": "Let's Encrypt",
        "notepad++": "Notepad++",
        "gpt-3": "GPT-3",
        "gpt-4": "GPT-4",
        "gpt-4o": "GPT-4o",
        "d3js": "D3.js",
        "threejs": "Three.js",
        "chartjs": "Chart.js",
        "expressjs": "Express",
        "angularjs": "AngularJS",
        "emberjs": "Ember.js",
        "ember.js": "Ember.js",
        "nuxtjs": "Nuxt",
        "hackernews": "Hacker News",
        "ycombinator": "Y Combinator",
        "rubyonrails": "Ruby on Rails",
        "raspberrypi": "Raspberry Pi",
        "reactnative": "React Native",
        "csharp": "C#",
        "c-sharp": "C#",
        "cicd": "CI/CD",
    }
)
# More names developers write (languages, libraries, data stores, cloud services, tools, systems, companies,
# platforms and the conferences where mentors speak); like those above, none is an ordinary English word.
NAMES.update(
    (name.lower(), name)
    for name in """
C# F# Objective-C ClojureScript PureScript ReScript ReasonML Idris Agda Prolog Nim Lua LuaJIT Tcl Raku AppleScript
ActionScript AutoHotkey VBA Haxe Smalltalk Delphi Verilog SystemVerilog VHDL AssemblyScript Mathematica Stata SPSS
LabVIEW Simulink WebGL WebGPU OpenGL Vulkan DirectX OpenCL OpenMP cuDNN WebSocket WebSockets WebRTC AsciiDoc BibTeX
MessagePack MQTT AMQP
SolidJS Preact Qwik Backbone.js Alpine.js Redux MobX RxJS Moment.js tRPC MikroORM NestJS AdonisJS Sails.js Tauri
NativeScript PhoneGap UIKit AppKit CocoaPods TestFlight D3.js Chart.js Three.js Babylon.js PixiJS Mapbox
OpenStreetMap SCSS MUI Turborepo WebdriverIO TestCafe Docusaurus GitBook Joomla WooCommerce PrestaShop BigCommerce
Contentful Strapi Quarkus Micronaut Vert.x Dropwizard Ktor Beego Actix Ecto LiveView Hanami CodeIgniter CakePHP
Starlette Sanic CherryPy ASP.NET NUnit xUnit TestNG Mockito RSpec SpecFlow JMeter Crashlytics OkHttp RxJava RxSwift
Alamofire Hasura Appwrite PocketBase
PyPI MicroPython CircuitPython DuckDB Keras LlamaIndex Ollama vLLM TensorRT TensorBoard ONNX OpenVINO MXNet Theano
DeepSpeed CatBoost SymPy NetworkX TensorFlow.js AutoML ComfyUI Detectron2 BentoML KServe Horovod TorchServe Colab
Kaggle RStudio CRAN Bioconductor PySpark MapReduce Debezium ksqlDB Talend Informatica NiFi Hudi Kedro cuDF Fivetran
Airbyte Metabase Trino Flink HDFS
Valkey KeyDB ScyllaDB HBase CouchDB Couchbase RethinkDB ArangoDB Dgraph JanusGraph Memgraph TimescaleDB QuestDB
ActiveMQ Sidekiq BullMQ Firestore PlanetScale YugabyteDB TiDB Vitess FoundationDB Bigtable Weaviate Milvus Qdrant
LanceDB SurrealDB EdgeDB RavenDB LevelDB RocksDB LMDB Solr Lucene Meilisearch Typesense
ECS EKS ECR Fargate CloudFront CloudWatch CloudTrail EventBridge SNS AppSync Lightsail Cognito CodePipeline
CodeBuild CodeCommit CodeDeploy CDK EMR QuickSight ElastiCache GuardDuty GKE AKS Dataproc Linode Vultr Hetzner
OVHcloud Backblaze Akamai Fastly Mesos MicroK8s OpenTofu SaltStack Cilium Kyverno Xen
Zipkin Dynatrace AppDynamics Splunk Opsgenie Nagios Zabbix Icinga Graylog StatsD Pyroscope eBPF Thanos
Sigstore Wireshark Metasploit Nessus OpenVAS Ghidra Shodan VirusTotal Suricata Zeek Wazuh Snyk CodeQL Veracode
Checkmarx CrowdStrike Okta Auth0 BoringSSL WireGuard OpenVPN Tailscale ZeroTier KeePass KeePassXC YubiKey OpenSSH
LastPass Bitwarden
WebStorm PhpStorm CLion GoLand RubyMine DataGrip NetBeans Neovim Replit CodeSandbox StackBlitz CodePen JSFiddle
Gitea Gerrit Phabricator SourceForge Codeberg RubyGems Packagist Flatpak AppImage
NixOS RHEL AlmaLinux openSUSE SUSE Manjaro Gentoo Slackware Raspbian iPadOS watchOS tvOS visionOS ChromeOS
Chromebook OpenBSD NetBSD QNX FreeRTOS VxWorks Yocto Buildroot OpenWrt pfSense TrueNAS Proxmox ESXi Hyper-V Firefox
WebKit ESP32 ESP8266 STM32 PlatformIO KiCad LTspice Vivado RISC-V
Atlassian JetBrains HashiCorp Mozilla NVIDIA AMD Qualcomm Huawei Xiaomi SpaceX DeepMind Midjourney PayPal Airbnb
Coinbase Trello ClickUp Miro Canva Calendly Airtable Zapier Squarespace Hashnode TikTok Instagram Facebook Gmail
Dropbox OneDrive SharePoint iCloud Skype Webex Vimeo Pinterest Dribbble Behance Quora Wikipedia GeeksforGeeks
LeetCode HackerRank Codewars Codecademy freeCodeCamp Coursera Udemy edX Udacity Pluralsight Exercism DataCamp
Hacktoberfest GSoC Outreachy Devpost AngelList Crunchbase Glassdoor Upwork Fiverr Toptal Eventbrite LogRocket Hotjar
Mixpanel PostHog Matomo Optimizely LaunchDarkly Braintree Mailgun GameMaker Roblox Minecraft
iPhone iPad iMac AirPods MacBook ThinkPad PowerPoint OneNote FaceTime HubSpot SoundCloud DuckDuckGo TeamCity CPython
IPython PyPy LibreOffice PostGIS QGIS ArcGIS AutoCAD SolidWorks PlayStation JavaFX Anthropic Logstash Fluentd Todoist
Astro Eleventy Lerna Cython
PyCon KubeCon RustConf JSConf GopherCon DjangoCon DockerCon HashiConf SREcon EuroPython FOSDEM QCon WWDC NeurIPS ICML
ICLR CVPR SIGGRAPH PyData NodeConf VueConf KotlinConf Devoxx BSides
InVision Sequelize Houdini Photoshop Ableton Wwise FMOD OpenXR ARKit ARCore Vuforia ROCm OpenMPI Dask Redash Pandoc
Overleaf Zotero Mendeley Logseq DaVinci
""".split()
)
# More names, from the projects' and companies' own spellings (2 December 2026): languages and their tools, web and
# mobile libraries, data and ML tools, cloud services, security tools, boards and chips, games, design tools,
# companies, conferences and the health-data standards. Like those above, none is an ordinary English word.
NAMES.update(
    (name.lower(), name)
    for name in """
ECMAScript ES6 Nushell HCL GLSL HLSL T-SQL VB.NET Jython Pyodide PyScript Leiningen Babashka GDScript Rocq Coq C++17
C++20 C++23 QML GraalVM Artifactory Inertia.js Hono Fastify Jotai XState Pinia TanStack Day.js daisyUI Mantine
Vuetify Rspack Stylelint QUIC WebAuthn MDX reStructuredText SwiftLint SwiftData Appium BrowserStack CarPlay
HarmonyOS AOSP Db2 AlloyDB pgAdmin DBeaver Flyway Liquibase SQS JuliaCon JAX LiteRT DALL-E GPT-5 Mixtral Qwen
DeepSeek LangGraph LangSmith CrewAI DSPy Roboflow Ultralytics arXiv NotebookLM Alertmanager VictoriaMetrics Rollbar
Statuspage Portainer Crossplane Knative KEDA Codecov SonarCloud SonarLint Gitpod GitKraken Sourcetree RDS VPC TPU
Fly.io Cloudinary Cisco HackerOne TryHackMe CVSS NIST GDPR HIPAA WorkOS ESP32-S3 ESP-IDF Espressif STM32CubeIDE
STMicroelectronics nRF52 nRF52840 RP2040 Adafruit SparkFun Cortex-M4 AVR NXP Xilinx LVGL AUTOSAR I2C SPI UART BLE
Bluetooth Wi-Fi Zigbee LoRaWAN USB-C JTAG Node-RED Onshape FreeCAD OpenSCAD SketchUp embOS seL4 UE5 CRYENGINE libGDX
MonoGame Fortnite PhysX ZBrush Krita Inkscape Xbox FigJam Lightroom InDesign Framer Penpot Balsamiq Excalidraw
Lucidchart PlantUML Graphviz Structurizr Visio Unsplash YouTrack Cal.com Grammarly DeepL ReSharper Typst V8 iTerm2
PyQt Wayland X11 KDE Xfce UEFI BIOS SELinux AppArmor Samsung Sony HP Lenovo ASUS Booking.com Alibaba Tencent
ByteDance Accenture Deloitte Thoughtworks Palantir Zendesk Brevo Wix Sourcegraph Wellfound MentorCruise GeForce TSMC
Levels.fyi Code.org MLH RubyConf CppCon GDC CES Hackaday LINQ WPF WinUI UWP SignalR AutoMapper Serilog Moq MSTest
BenchmarkDotNet Roslyn Dapr Json.NET OpenJDK JDK JRE MapStruct Log4j Logback SLF4J Netty Akka JaCoCo Checkstyle
Testcontainers WireMock jOOQ Vaadin MockK GORM Fyne TinyGo SeaORM Leptos Dioxus Ratatui Xdebug WP-CLI Oban ExUnit
Livebook LLVM MSVC Catch2 Eigen AddressSanitizer opam sbt vcpkg lint-staged semantic-release ngrok tldraw draw.io
diagrams.net hapi joi p5.js lxml data.table tidymodels purrr lubridate n8n torchvision safetensors marimo k6
incident.io cert-manager cloud-init golangci-lint rustfmt rust-analyzer bcrypt raylib itch.io pygame monday.com
egghead.io droidcon ng-conf gamescom crates.io docs.rs reqwest egui fmt clang-tidy clang-format x86-64 Polars
Buildkite CUDA LDAP OWASP JWT WSL Minitest Substack Bluesky MISRA WCAG POSIX Avro SAML
FHIR HL7 DICOM SNOMED LOINC openEHR
Bazel Memcached Plotly BeagleBone wxWidgets Socket.IO
Gensim Koa Adyen Knex Meltano Trivy Grype Semgrep Terragrunt Skaffold Okteto Zeplin Prisma
""".split()
)
# Brand and project names from the simple-icons catalogue (its data file's "title" fields, CC0; read 4 December
# 2026), in their owners' spelling: only those written with a capital inside the word ("AppVeyor", "phpMyAdmin"), so
# that the word in lower case is no English word and no generic compound ("helpdesk", "loopback" are left out).
# Names with no inner capital are left out: many projects write them in lower case themselves ("lodash", "axios").
# They mend a name's case only; too rare to be the word a typo meant ("unget" is no "NuGet").
CATALOGUE_NAMES = {
    name.lower(): name
    for name in """
AccuWeather ActiGraph ActivityPub AdGuard AirAsia AliExpress AlliedModders AniList AnkerMake AnyDesk AppGallery
AppSignal AppVeyor ArtStation AtlasOS awesomeWM BentoBox BetterDiscord BigBlueButton BisectHosting BitTorrent
BoardGameGeek BookBub BookMyShow BorgBackup BuiltByBit BuySellAds BuzzFeed CafePress CaixaBank ChartMogul CheckiO
CiviCRM CodeceptJS CodeCrafters CodeMirror CodeNewbie CodersRank CodeSignal CodinGame CoinMarketCap CompTIA
CorelDRAW cPanel CrateDB CurseForge CyberDefenders DataStax DatoCMS DevExpress DeviantArt devRant DoorDash EasyEDA
EditorConfig ElevenLabs EndeavourOS EnterpriseDB ExpressVPN FamPay FerretDB FileZilla FreeNAS FusionAuth GeoPandas
glTF GoCD GoDaddy GoFundMe GoToMeeting GoToWebinar GrapheneOS HackerEarth HelloFresh HiveMQ HyperX iBeacon IcoMoon
IconJar iFixit iFood iHeartRadio ImageJ iMessage ImprovMX InfoQ InteractJS ioBroker iRobot JetBlue JitPack jsDelivr
KaiOS KakaoTalk KashFlow KeeWeb KeyCDN KuCoin LanguageTool LazyVim LibreTranslate LibreTube LibreWolf LineageOS
LintCode LinuxServer LiveJournal LogMeIn LottieFiles MacPaw MainWP MakerBot ManageIQ MapLibre MapTiler MarvelApp
McAfee McLaren mdBook MediaMarkt MediaPipe MediaTek MetaFilter MicroStrategy miHoYo MikroTik MinIO MoneyGram
MuseScore MusicBrainz MyAnimeList NameMC NetApp NextDNS NextUI NgRx NiceHash NordVPN NuGet OctoPrint OnePlus
OnlyFans Open3D OpenFaaS openHAB OpenNebula OpenSea OpenZeppelin OpenZFS PagSeguro PCGamingWiki PeerTube PhonePe
phpBB phpMyAdmin PortSwigger PrepBytes PrimeFaces PrimeNG PrimeReact PrimeVue ProcessWire ProSieben ProtonDB PubMed
PurgeCSS PyCQA PyScaffold PySyft PythonAnywhere PyUp QuantConnect QuickBooks ReactiveX ReactOS RedwoodJS
ResearchGate RetroArch RetroPie ReVanced ReverbNation RuboCop RustDesk RxDB SageMath SanDisk SearXNG SeatGeek
SecurityScorecard ServBay ShareX SimpleLogin SingleStore SitePoint SlideShare SmugMug SonicWall SourceHut SparkPost
SpigotMC StackShare StandardJS SteamDB StockX StubHub SurveyMonkey SvgTrace TeamSpeak TeamViewer TechCrunch TickTick
TiddlyWiki TietoEVRY TinyLetter TradingView TrillerTV TurboSquid UiPath UnJS UnoCSS uTorrent vBulletin vFairs
VitePress W3Schools WakaTime wasmCloud WazirX WeChat WeTransfer WezTerm YouHodler YunoHost ZebPay Zigbee2MQTT
ZincSearch
""".split()
    if name.lower() not in NAMES
}
NAMES.update(CATALOGUE_NAMES)
# Two- and three-word names, kept as one word ("Android Studio" under "androidstudio", as "Stack Overflow" is): a
# first word written with its capital and a later one without ("Android studio") is a slip of the name's case.
NAMES.update(
    (name.replace(" ", "").lower(), name)
    for name in """
Common Lisp|Emacs Lisp|Visual Basic|GNU Octave|Maven Central|React Query|Drizzle ORM|Material UI|Chakra UI
Ant Design|Radix UI|Framer Motion|JSON Schema|OpenID Connect|Protocol Buffers|Beautiful Soup|React Router
Kotlin Multiplatform|Jetpack Compose|Android Studio|App Store|Google Play|Core ML|Samsung Galaxy|Vision Pro|Wear OS
Meta Quest|SQL Server|Oracle Database|IBM Db2|Amazon Aurora|Amazon DynamoDB|ELK Stack|Apache Spark|Apache Superset
Apache Arrow|Amazon SQS|Looker Studio|AWS Glue|Jupyter Notebook|Google Colab|R Markdown|PyTorch Lightning
Sentence Transformers|ONNX Runtime|TensorFlow Lite|LM Studio|GitHub Copilot|Vertex AI|Amazon Bedrock
Amazon SageMaker|Azure OpenAI|Google DeepMind|Grafana Loki|Grafana Labs|Docker Compose|Docker Desktop|Docker Hub
AWS CDK|HCP Terraform|Terraform Cloud|GitHub Actions|GitLab CI|Bitbucket Pipelines|Azure Pipelines|SonarQube Cloud
GitHub Pages|GitHub Codespaces|Git LFS|AWS Lambda|Amazon RDS|AWS Fargate|AWS IAM|AWS CLI|Microsoft Azure
Azure Functions|Azure AD|Entra ID|Application Insights|Azure DevOps|Azure CLI|App Engine|Google Workspace
Cloudflare Workers|Burp Suite|OWASP ZAP|Kali Linux|HashiCorp Vault|PCI DSS|Google Authenticator|Arduino UNO
Arduino IDE|Mbed OS|MISRA C|Autodesk Fusion|Unreal Engine|RPG Maker|Roblox Studio|Autodesk Maya|Nintendo Switch
Steam Deck|Adobe XD|Adobe Illustrator|Adobe Photoshop|Premiere Pro|GitHub Projects|Swagger UI|Sublime Text
Visual Studio|IntelliJ IDEA|Google Analytics|Arch Linux|Linux Mint|Rocky Linux|Amazon Linux|Alpine Linux|KDE Plasma
MacBook Pro|Stack Exchange|LinkedIn Learning|Frontend Masters|Khan Academy|GitHub Sponsors|React Conf
Microsoft Ignite|DEF CON|GitHub Universe|Entity Framework|EF Core|Spring Security|Spring Cloud|Jakarta EE
Eclipse Temurin|Amazon Corretto|Actix Web|Laravel Forge|Phoenix LiveView
Visual Studio Code|Google Cloud Platform|Amazon Web Services|Microsoft SQL Server|Google Kubernetes Engine
Azure Kubernetes Service
""".strip()
    .replace("\n", "|")
    .split("|")
)
# Names that are also ordinary English words ("to react", "rust on a bolt"): only written as the name when the
# words around them say so (see language.py).
AMBIGUOUS_NAMES = {
    "react": "React",
    "rust": "Rust",
    "swift": "Swift",
    "flask": "Flask",
    "spark": "Spark",
    "java": "Java",
    "ruby": "Ruby",
    "elixir": "Elixir",
    "julia": "Julia",
    "angular": "Angular",
    "android": "Android",
    "svelte": "Svelte",
    "terraform": "Terraform",  # "plans to terraform Mars"
    "go": "Go",
    "rails": "Rails",
    "elm": "Elm",
    "chef": "Chef",
    "express": "Express",
    "helm": "Helm",
    "sentry": "Sentry",
    "crystal": "Crystal",
    "jest": "Jest",
    **{
        name.lower(): name
        for name in """Puppet Flutter Dart Ember Cypress Mocha Jasmine Vault Consul Nomad Packer Celery Hive Electron
        Gatsby Hugo Jekyll Maven Argo Envoy Tomcat Phoenix Sinatra Pascal Ada Falcon Tornado Airflow Prometheus
        Spring Vagrant Tailwind""".split()
    },
    **{
        name.lower(): name
        for name in """Azure Fedora Redshift Snowflake Tableau Looker Sass LaTeX Google Twitter Slack Discord Twitch
        Apache Oracle Blender Chrome Chromium Safari Alpine Ionic Remix Lisp Zig Groovy Solidity Jetty Rancher
        Spinnaker Jaeger Loki Pulsar Presto Druid Impala Prefect Luigi Kinesis Athena Aurora Spanner Parquet Iceberg
        ZooKeeper Postman Eclipse Anaconda Concourse Mastodon Confluence Asana Obsidian Kali Gemini Copilot Llama
        Mistral Claude Excel Unity Unreal Notion Telegram Windows Stripe Swagger Markdown Bootstrap Prettier
        Poetry Flux Homebrew Chocolatey Zephyr Intercom Caddy Superset Alembic Hibernate Capacitor Cordova
        Bokeh""".split()
    },
}
# Of those, the chat workspaces a community or a team gathers in ("the PyLadies slack", "ask on discord").
WORKSPACE_NAMES = frozenset("slack discord".split())
# Of those, the names that are no English verb: "to" before them ("we send our errors to sentry") says tool, not verb.
NOUN_NAMES = frozenset(
    """sentry elm chef crystal flask ruby java julia elixir android puppet ember cypress mocha jasmine consul nomad
    packer celery electron gatsby hugo jekyll maven argo envoy tomcat phoenix sinatra pascal ada falcon tornado
    airflow prometheus
    azure fedora redshift snowflake tableau looker latex apache oracle blender chrome chromium safari alpine
    ionic groovy solidity jetty rancher spinnaker jaeger loki pulsar presto druid impala prefect luigi kinesis
    athena aurora spanner parquet iceberg zookeeper postman anaconda concourse mastodon confluence asana
    obsidian kali gemini copilot llama mistral claude excel unity notion telegram windows swagger markdown
    poetry""".split()
)
# Of the ambiguous names, those whose English word is a countable noun that never stands bare in the singular:
# the ordinary noun needs "a", "the" or an owner ("a vault", "the helm"), so "we put envoy in front of the services"
# or "moved the jobs onto spark" can only name the product. Nouns English also uses bare are left out: materials
# ("covered in rust", "panelled in cypress"), set phrases ("stood sentry", "on safari") and foods and drinks.
BARE_MEANS_NAME = frozenset(
    """vault helm envoy snowflake spark consul puppet flask nomad packer falcon tornado phoenix hive ember dart
    android iceberg oracle spanner druid llama copilot zookeeper prometheus chef zephyr""".split()
)
# Idioms in which an ambiguous name is the ordinary word: "said in jest", "at the helm", "in one go".
IDIOMS = frozenset(
    {
        ("in", "jest"),
        ("on", "rails"),
        ("off", "rails"),
        ("the", "go"),
        ("in", "spring"),
        ("with", "spring"),
        # the season, named by when it falls: "we moved to Rust last spring"
        *((when, "spring") for when in ("last", "this", "next", "early", "late", "every", "that")),
        ("in", "discord"),
    }
)
# Official names that are lower case: never "corrected".
LOWERCASE_NAMES = frozenset(
    """
npm pandas k8s pytest dbt kubectl webpack nginx scikit-learn matplotlib pip conda venv git golang bash zsh vim emacs
yarn pnpm uv ruff mypy black isort tox nox pre-commit systemd cron sudo ssh regex stdlib libc glibc gcc clang rustc
cargo rustup crates serde tokio axum scikit numpy scipy
htmx esbuild swc tsc ts-node nodemon pm2 npx nvm corepack date-fns styled-components fastai statsmodels setuptools
virtualenv pipx pyenv rbenv asdf direnv pylint flake8 pyright aiohttp pip-tools tidyverse ggplot2 dplyr tidyr knitr
curl wget rsync jq yq fzf ripgrep strace ltrace bpftrace tcpdump iptables nftables socat gdb etcd containerd runc
pprof py-spy heaptrack callgrind
k3s k9s kubeadm kubelet istioctl eksctl gcloud psql pgvector llama.cpp mitmproxy sqlmap hashcat osquery radare2
fastlane winget sed awk grep pipenv protobuf
""".split()
)
# Of those, the names whose projects write them in lower case wherever they stand, so a capital mid-sentence
# ("Scikit-learn", "Kubectl") or capitals ("PYTEST") are a slip. Names whose own docs capitalise them ("Git",
# "Bash", "Vim") and names that are also acronyms or words in capitals ("SSH", "GCC", "PIP") are left out.
ALWAYS_LOWERCASE = frozenset(
    """
npm pnpm npx pytest mypy pandas scikit-learn kubectl webpack esbuild htmx conda pipx pyenv systemd etcd containerd
tmux ripgrep kubeadm kubelet gcloud pgvector mitmproxy sqlmap hashcat osquery statsmodels setuptools aiohttp
tidyverse dplyr tidyr knitr dbt
""".split()
)

# Words a developer's message uses that the general English dictionary lacks (lower case).
TERMS = frozenset(
    """
tmux htop btop nmap cmake kubectx kubens subnet subnets zsh neovim
utc gmt pst pdt est edt cst cdt mst mdt cet cest eet bst ist aest jst wifi
mentee mentees mentor mentorship webinar webinars frontend frontends backend backends fullstack repo repos monorepo
codebase codebases async await hackathon hackathons bootcamp bootcamps roadmap roadmaps walkthrough walkthroughs
fintech edtech healthtech proptech insurtech upskill upskilling reskilling onboard onboarding offboarding signup
refactor refactors refactored refactoring config configs middleware serverless microservice microservices learnings
workflow workflows dataset datasets metadata runbook runbooks postmortem postmortems linter linters lint linting
observability bursty burstiness idempotent idempotency containerize containerized containerise containerised
kubectl terraform acked unacked nacked ack acks nack nacks
helm chart devtools tooling infra infos todo todos blockchain crypto cryptocurrency web3 ux ui api apis sdk sdks cli
clis gui jvm npm pypi wasm rpc grpc http https json yaml toml csv pdf pdfs url urls uri ssh tcp udp ip dns cdn vpn
vm vms ci cd etl elt olap oltp orm orms crud mvp mvps poc qa sre sla slas slo slos okr okrs kpi kpis roi b2b b2c
saas paas iaas oss foss gpl mit lgpl llm llms nlp ml genai rag embeddings tokenizer tokenizers tokenization
finetune finetuning transformer transformers pytorch tensorflow keras sklearn numpy scipy jupyter notebook notebooks
pandas polars duckdb parquet avro protobuf protobufs kafka redis postgres postgresql mysql sqlite mongodb
graphql oauth jwt jwts saml sso mfa totp xss csrf ctf ctfs pentest pentesting infosec appsec devsecops owasp cve cves
fuzzing fuzzer fuzzers sandbox sandboxed sandboxing syscall syscalls kernel kernels firmware rtos hal fpga fpgas
microcontroller microcontrollers mcu mcus soc socs iot plc plcs embedded linux unix posix gpu gpus cpu cpus cuda
simd multithreaded multithreading concurrency parallelism goroutine goroutines runtime runtimes compile compiler
compilers transpile transpiler bytecode interpreter interpreters typecheck typechecker typechecking lifecycle
rollout rollouts rollback rollbacks canary deploy deploys redeploy autoscaling autoscaler loadbalancer
kubernetes k8s docker dockerfile dockerfiles helmfile istio envoy prometheus grafana opentelemetry otel datadog
splunk pagerduty oncall sev incident postgres timeseries datastore datastores datastore dataframe dataframes
datacenter datacenters hyperscaler hyperscalers multicloud cloudnative cloudformation pulumi ansible jenkins
circleci travis buildkite github gitlab bitbucket jira confluence figma storybook frontend webapp webapps
javascript typescript nodejs deno bun vite webpack esbuild rollup babel eslint prettier jest vitest mocha cypress
playwright selenium pytest unittest junit rspec minitest tdd bdd dsl dsls api-first openapi swagger postman
fastapi django laravel symfony nestjs nextjs nuxt sveltekit svelte vue vuejs angular reactjs redux mobx tailwind
tailwindcss bootstrap sass scss css html dom ssr csr spa spas pwa pwas seo cms headless jamstack wordpress shopify
stripe twilio supabase firebase vercel netlify heroku cloudflare aws gcp azure ec2 s3 iam lambda lambdas eks gke aks
bigquery redshift snowflake databricks airflow dagster prefect dbt looker tableau powerbi metabase superset
kotlin swiftui xcode android ios macos linux ubuntu debian fedora centos rhel wsl homebrew brew apt nix nixos
haskell ocaml elixir erlang clojure scala golang rustlang rustacean rustaceans crate crates cargo wasm webassembly
fortran cobol matlab simulink labview julia perl php lua zig nim dart flutter
devops devrel mlops gitops dataops finops sre sres devex dx
refactorings codemod codemods codegen boilerplate scaffolding scaffold changelog changelogs readme readmes
monorepos polyrepo submodule submodules gitflow rebase rebasing cherry-pick hotfix hotfixes bugfix bugfixes
backport backports backlog backlogs standup standups retro retros sprint sprints scrum kanban agile
opensource open-source maintainer maintainers contributor contributors upstream downstream fork forks forked
forking pr prs mr mrs issue issues codeowners
cv cvs resume resumes linkedin youtube hackerrank leetcode kaggle coursera udemy substack medium podcast
podcasts newsletter newsletters blog blogs blogpost blogposts livestream livestreams meetup meetups
keynote keynotes talk talks panel panels workshop workshops cohort cohorts alumni alum
internship internships intern interns apprenticeship apprenticeships junior juniors mid-level senior seniors
staff principal tech techie lead leads cto ceo cfo coo vp vps hr recruiter recruiters hiring onsite offsite
remote hybrid timezone timezones
committer committers dev devs bot bots chatbot chatbots mins hrs approx
admin admins sysadmin sysadmins username usernames env envs prod staging localhost dtype dtypes int ints str bool
bools enum enums struct structs tuple tuples dict dicts param params arg args kwargs stdout stderr stdin regex
regexes subclass subclasses subclassing namespace namespaces timestamp timestamps plugin plugins dropdown
dropdowns checkbox checkboxes tooltip tooltips popup popups navbar sidebar sidebars infobox infoboxes wiki wikis
wikipedia wikiproject wikiprojects userpage userspace userbox talkpage sockpuppet sockpuppets wikilink wikilinks
wikitext stub stubs prod npov blp afd rfc rfcs faq faqs tldr diff diffs pastebin gist gists stacktrace stacktraces
traceback tracebacks segfault segfaults nullable getter getters setter setters iterable iterables iterator
iterators mutex mutexes runtime callback callbacks webhook webhooks endpoint endpoints localhost js ts py rb
cpp jsx tsx hashmap hashmaps hashtable queryset querysets serializer serializers deserialize serialize
lookup lookups codec codecs distro distros gzip upsert falsy truthy proxied vocab auth cert certs func funcs deps
dep desc impl init util utils lib libs src dest tmp info spec specs stats perf ops docs doc sdist pypa cpython musl
analytics orchestrator orchestrators orchestration anonymise anonymised anonymize anonymized accessibility a11y
i18n l10n rsu rsus bluesky codepen exercism memoize memoized memoization bundler bundlers semver jank repost
reposted reposts esports lidar misra sbom sboms wcag coachee coachees intro intros recommender recommenders shader
shaders profiler profilers noqa monkeypatch gunicorn uvicorn celery asyncio pydantic httpx versa signup signups
email emails emailed emailing inbox e-mail e-mails online offline website websites webpage webpages app apps
ldap lldb openssl boolean booleans lexer lexers lexing
mixin mixins paren parens templ addin addins convo convos notif notifs verif
prev calc dept sys resp intl vals nums strs toks btns mgrs locs recs engs vid vids
""".split()
)
# Sign-offs in the writers' other languages ("Met vriendelijke groet", "Cordiali saluti", "Viele Grüße"): their words
# are no English typos ("groet" is not "greet").
TERMS |= frozenset("groet groeten vriendelijke hartelijke saluti cordiali viele liebe freundlichen".split())
# Keywords of programming languages that are English describing words: a developer names them as nouns ("we did it
# without unsafe", "fields listed in dynamic"), so they may end a phrase alone.
KEYWORDS = frozenset(
    "unsafe const static volatile mutable immutable private public protected final abstract virtual inline dynamic "
    "sealed synchronized native optional nullable async".split()
)
