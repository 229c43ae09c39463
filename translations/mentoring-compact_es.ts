<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BatchTexts</name>
    <message>
        <source>there is no compact to export</source>
        <translation>no hay ningún compromiso que exportar</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>no se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CohortCharts</name>
    <message>
        <source>Papers</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Grant submissions</source>
        <translation>Solicitudes de subvención</translation>
    </message>
    <message>
        <source>Grant awards</source>
        <translation>Subvenciones concedidas</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Other milestones</source>
        <translation>Otros hitos</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>expectativa</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de finalización</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>responsibilities</source>
        <translation>responsabilidades</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ámbito</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>fecha prevista</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>persona responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>fecha de realización</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>note on the outcome</source>
        <translation>nota sobre el resultado</translation>
    </message>
    <message>
        <source>cadence</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>día de la semana</translation>
    </message>
    <message>
        <source>week of the month</source>
        <translation>semana del mes</translation>
    </message>
    <message>
        <source>days between meetings</source>
        <translation>días entre reuniones</translation>
    </message>
    <message>
        <source>length in minutes</source>
        <translation>duración en minutos</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canales</translation>
    </message>
    <message>
        <source>standing topics</source>
        <translation>temas fijos</translation>
    </message>
    <message>
        <source>scholar&apos;s preparation</source>
        <translation>preparación del becario/a</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>asistentes</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>fecha de celebración</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>the compact</source>
        <translation>el compromiso</translation>
    </message>
    <message>
        <source>the meeting plan</source>
        <translation>el plan de reuniones</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>review of award year %1</source>
        <translation>revisión del año de beca %1</translation>
    </message>
    <message>
        <source>worksheet of %1</source>
        <translation>hoja de trabajo de %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>signed text</source>
        <translation>texto firmado</translation>
    </message>
    <message>
        <source>signed in the other file, but the text here differs</source>
        <translation>firmada en el otro archivo, pero el texto de aquí es distinto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (signed: start an amendment to change it)</source>
        <translation>%1 (firmado: inicie una enmienda para cambiarlo)</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Draft</source>
        <comment>compact status</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <comment>compact status</comment>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>compact status</comment>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Amended</source>
        <comment>compact status</comment>
        <translation>Enmendado</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>compact status</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Scholar</source>
        <comment>role</comment>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Primary mentor</source>
        <comment>role</comment>
        <translation>Mentor/a principal</translation>
    </message>
    <message>
        <source>Co-mentor</source>
        <comment>role</comment>
        <translation>Comentor/a</translation>
    </message>
    <message>
        <source>Secondary mentor</source>
        <comment>role</comment>
        <translation>Mentor/a secundario/a</translation>
    </message>
    <message>
        <source>Career mentor</source>
        <comment>role</comment>
        <translation>Mentor/a de carrera</translation>
    </message>
    <message>
        <source>Department chair</source>
        <comment>role</comment>
        <translation>Jefe/a de departamento</translation>
    </message>
    <message>
        <source>Program director</source>
        <comment>role</comment>
        <translation>Director/a del programa</translation>
    </message>
    <message>
        <source>Research</source>
        <comment>expectation domain</comment>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>expectation domain</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Professional development and career advancement</source>
        <comment>expectation domain</comment>
        <translation>Desarrollo profesional y avance en la carrera</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>expectation domain</comment>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Communication</source>
        <comment>expectation domain</comment>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Personal conduct and interpersonal relations</source>
        <comment>expectation domain</comment>
        <translation>Conducta personal y relaciones interpersonales</translation>
    </message>
    <message>
        <source>Scholar expects of mentor</source>
        <comment>expectation direction</comment>
        <translation>El becario/a espera del mentor/a</translation>
    </message>
    <message>
        <source>Mentor expects of scholar</source>
        <comment>expectation direction</comment>
        <translation>El mentor/a espera del becario/a</translation>
    </message>
    <message>
        <source>Mutual</source>
        <comment>expectation direction</comment>
        <translation>Mutua</translation>
    </message>
    <message>
        <source>Template</source>
        <comment>where an expectation came from</comment>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Scholar</source>
        <comment>where an expectation came from</comment>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Mentor</source>
        <comment>where an expectation came from</comment>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Negotiated</source>
        <comment>where an expectation came from</comment>
        <translation>Negociada</translation>
    </message>
    <message>
        <source>Proposed</source>
        <comment>expectation state</comment>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Discussed</source>
        <comment>expectation state</comment>
        <translation>Debatida</translation>
    </message>
    <message>
        <source>Agreed</source>
        <comment>expectation state</comment>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>expectation state</comment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Career (long term)</source>
        <comment>goal horizon</comment>
        <translation>Carrera (largo plazo)</translation>
    </message>
    <message>
        <source>This year</source>
        <comment>goal horizon</comment>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>goal status</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <source>Revised</source>
        <comment>goal status</comment>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>goal status</comment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Publication</source>
        <comment>milestone kind</comment>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Grant submission</source>
        <comment>milestone kind</comment>
        <translation>Solicitud de subvención</translation>
    </message>
    <message>
        <source>Grant award</source>
        <comment>milestone kind</comment>
        <translation>Concesión de subvención</translation>
    </message>
    <message>
        <source>Presentation</source>
        <comment>milestone kind</comment>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>milestone kind</comment>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>milestone kind</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Independence step</source>
        <comment>milestone kind</comment>
        <translation>Paso hacia la independencia</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>milestone kind</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>milestone status</comment>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>milestone status</comment>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>milestone status</comment>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <comment>milestone status</comment>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>milestone status</comment>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>meeting cadence</comment>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <comment>meeting cadence</comment>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>meeting cadence</comment>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Custom interval</source>
        <comment>meeting cadence</comment>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>milestone outcome in a review</comment>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>milestone outcome in a review</comment>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <comment>milestone outcome in a review</comment>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>milestone outcome in a review</comment>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>expectation verdict in a review</comment>
        <translation>Se mantiene</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>expectation verdict in a review</comment>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>expectation verdict in a review</comment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Award period completed</source>
        <comment>why a compact was closed</comment>
        <translation>Periodo de la beca completado</translation>
    </message>
    <message>
        <source>Scholar became independent</source>
        <comment>why a compact was closed</comment>
        <translation>El becario/a se independizó</translation>
    </message>
    <message>
        <source>Scholar left the program</source>
        <comment>why a compact was closed</comment>
        <translation>El becario/a dejó el programa</translation>
    </message>
    <message>
        <source>Mentor changed</source>
        <comment>why a compact was closed</comment>
        <translation>Cambio de mentor/a</translation>
    </message>
    <message>
        <source>Other reason</source>
        <comment>why a compact was closed</comment>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Aligned</source>
        <comment>alignment level of a worksheet topic</comment>
        <translation>Alineado</translation>
    </message>
    <message>
        <source>Minor gap</source>
        <comment>alignment level of a worksheet topic</comment>
        <translation>Diferencia leve</translation>
    </message>
    <message>
        <source>Major gap</source>
        <comment>alignment level of a worksheet topic</comment>
        <translation>Diferencia grave</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>worksheet status</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>worksheet status</comment>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Mostly the mentor</source>
        <comment>who is responsible, worksheet scale</comment>
        <translation>Sobre todo el mentor/a</translation>
    </message>
    <message>
        <source>More the mentor</source>
        <comment>who is responsible, worksheet scale</comment>
        <translation>Más el mentor/a</translation>
    </message>
    <message>
        <source>Shared</source>
        <comment>who is responsible, worksheet scale</comment>
        <translation>Compartida</translation>
    </message>
    <message>
        <source>More the scholar</source>
        <comment>who is responsible, worksheet scale</comment>
        <translation>Más el becario/a</translation>
    </message>
    <message>
        <source>Mostly the scholar</source>
        <comment>who is responsible, worksheet scale</comment>
        <translation>Sobre todo el becario/a</translation>
    </message>
    <message>
        <source>Not answered</source>
        <comment>worksheet scale</comment>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>1 (hardly)</source>
        <comment>importance, worksheet scale</comment>
        <translation>1 (apenas)</translation>
    </message>
    <message>
        <source>2 (a little)</source>
        <comment>importance, worksheet scale</comment>
        <translation>2 (un poco)</translation>
    </message>
    <message>
        <source>3 (somewhat)</source>
        <comment>importance, worksheet scale</comment>
        <translation>3 (bastante)</translation>
    </message>
    <message>
        <source>4 (very)</source>
        <comment>importance, worksheet scale</comment>
        <translation>4 (mucho)</translation>
    </message>
    <message>
        <source>5 (essential)</source>
        <comment>importance, worksheet scale</comment>
        <translation>5 (esencial)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Cohort %1</source>
        <translation>Cohorte %1</translation>
    </message>
</context>
<context>
    <name>PdfTexts</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>there is no compact to write</source>
        <translation>no hay ningún compromiso que escribir</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>no se pudo iniciar la escritura del PDF</translation>
    </message>
</context>
<context>
    <name>PrintLabels</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Scholar</source>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Award period</source>
        <translation>Periodo de la beca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella digital (SHA-256)</translation>
    </message>
    <message>
        <source>DRAFT: not yet signed. This copy is for discussion only.</source>
        <translation>BORRADOR: aún no firmado. Esta copia es solo para debatir.</translation>
    </message>
    <message>
        <source>Mentoring team and responsibilities</source>
        <translation>Equipo de mentoría y responsabilidades</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>No expectations have been written yet.</source>
        <translation>Aún no se ha escrito ninguna expectativa.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Expectativa</translation>
    </message>
    <message>
        <source>Expected of</source>
        <translation>Se espera de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>No goals have been set yet.</source>
        <translation>Aún no se ha fijado ninguna meta.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>No milestones have been planned yet.</source>
        <translation>Aún no se ha previsto ningún hito.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Meeting plan</source>
        <translation>Plan de reuniones</translation>
    </message>
    <message>
        <source>Where and how</source>
        <translation>Dónde y cómo</translation>
    </message>
    <message>
        <source>Every meeting covers</source>
        <translation>Cada reunión trata</translation>
    </message>
    <message>
        <source>The scholar prepares</source>
        <translation>El becario/a prepara</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>By signing, each person agrees to this compact as printed, identified by the fingerprint above.</source>
        <translation>Con su firma, cada persona acepta este compromiso tal como está impreso, identificado por la huella digital que figura arriba.</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Nombre y función</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>acknowledges</source>
        <translation>toma conocimiento</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Firmado como</translation>
    </message>
</context>
<context>
    <name>PrintTexts</name>
    <message>
        <source>Scholar</source>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Primary mentor</source>
        <translation>Mentor/a principal</translation>
    </message>
    <message>
        <source>Co-mentor</source>
        <translation>Comentor/a</translation>
    </message>
    <message>
        <source>Secondary mentor</source>
        <translation>Mentor/a secundario/a</translation>
    </message>
    <message>
        <source>Career mentor</source>
        <translation>Mentor/a de carrera</translation>
    </message>
    <message>
        <source>Department chair</source>
        <translation>Jefe/a de departamento</translation>
    </message>
    <message>
        <source>Program director</source>
        <translation>Director/a del programa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Amended and signed again</source>
        <translation>Enmendado y firmado de nuevo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Professional development and career advancement</source>
        <translation>Desarrollo profesional y avance en la carrera</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Personal conduct and interpersonal relations</source>
        <translation>Conducta personal y relaciones interpersonales</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Debatida</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Grant submission</source>
        <translation>Solicitud de subvención</translation>
    </message>
    <message>
        <source>Grant award</source>
        <translation>Concesión de subvención</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Independence step</source>
        <translation>Paso hacia la independencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>Cada semana, el %1</translation>
    </message>
    <message>
        <source>Every two weeks on %1</source>
        <translation>Cada dos semanas, el %1</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>Cada mes, el %1 %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minutos</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version %1, draft</source>
        <translation>Versión %1, borrador</translation>
    </message>
    <message>
        <source>%1, draft</source>
        <translation>%1, borrador</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>Huella digital %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>goal status</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>goal status</comment>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <source>Revised</source>
        <comment>goal status</comment>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>goal status</comment>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>milestone status</comment>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <comment>milestone status</comment>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>milestone status</comment>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <comment>milestone status</comment>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>milestone status</comment>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>achieved</source>
        <comment>milestone history</comment>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>achieved on %1</source>
        <comment>milestone history</comment>
        <translation>alcanzado el %1</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>milestone history</comment>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>missed (due %1)</source>
        <comment>milestone history</comment>
        <translation>no alcanzado (vencía el %1)</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <comment>milestone history</comment>
        <translation>aplazado del %1 al %2</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <comment>milestone history</comment>
        <translation>aplazado desde el %1</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <comment>milestone history</comment>
        <translation>aplazado al %1</translation>
    </message>
    <message>
        <source>moved</source>
        <comment>milestone history</comment>
        <translation>aplazado</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>milestone history</comment>
        <translation>descartado</translation>
    </message>
    <message>
        <source>year %1: %2</source>
        <comment>milestone history</comment>
        <translation>año %1: %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceText</name>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Semanal, el %1</translation>
    </message>
    <message>
        <source>Every two weeks on %1</source>
        <translation>Cada dos semanas, el %1</translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>Cada mes, el %1 %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
    <message>
        <source>%1, 1 minute</source>
        <translation>%1, 1 minuto</translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minutos</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Cohort report</source>
        <translation>Informe de la cohorte</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Compacts</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Metas alcanzadas</translation>
    </message>
    <message>
        <source>Fingerprint of the figures (SHA-256)</source>
        <translation>Huella digital de las cifras (SHA-256)</translation>
    </message>
    <message>
        <source>The measures CSV of the same program, cohort and day has the same fingerprint (mentoring-compact report --format csv).</source>
        <translation>El CSV de indicadores del mismo programa, cohorte y día tiene la misma huella digital (mentoring-compact report --format csv).</translation>
    </message>
    <message>
        <source>Milestones by kind</source>
        <translation>Hitos por tipo</translation>
    </message>
    <message>
        <source>A milestone counts in the award year its due date falls in; dropped ones are left out, missed ones (an unfunded grant) are kept.</source>
        <translation>Cada hito cuenta en el año de beca en que vence; los descartados no se cuentan y los no alcanzados (una subvención denegada) se mantienen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzados</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No alcanzados</translation>
    </message>
    <message>
        <source>By award year</source>
        <translation>Por año de beca</translation>
    </message>
    <message>
        <source>No award year has started yet.</source>
        <translation>Aún no ha empezado ningún año de beca.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Grants submitted</source>
        <translation>Subvenciones solicitadas</translation>
    </message>
    <message>
        <source>Grants awarded</source>
        <translation>Subvenciones concedidas</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Alignment by domain</source>
        <translation>Alineación por ámbito</translation>
    </message>
    <message>
        <source>From the submitted worksheets of the compacts compared (two or more submitted): the topics of each level.</source>
        <translation>De las hojas de trabajo enviadas de los compromisos comparados (dos o más enviadas): los temas de cada nivel.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Alineados</translation>
    </message>
    <message>
        <source>Minor gaps</source>
        <translation>Diferencias leves</translation>
    </message>
    <message>
        <source>Major gaps</source>
        <translation>Diferencias graves</translation>
    </message>
    <message>
        <source>Compact by compact</source>
        <translation>Compromiso por compromiso</translation>
    </message>
    <message>
        <source>No compact matches.</source>
        <translation>Ningún compromiso coincide.</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Program and cohort</source>
        <translation>Programa y cohorte</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Grant submissions</source>
        <translation>Solicitudes de subvención</translation>
    </message>
    <message>
        <source>Grant awards</source>
        <translation>Subvenciones concedidas</translation>
    </message>
    <message>
        <source>Other milestones</source>
        <translation>Otros hitos</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not signed by %1</source>
        <translation>sin la firma de %1</translation>
    </message>
    <message>
        <source>version %1 signed</source>
        <translation>versión %1 firmada</translation>
    </message>
    <message>
        <source>review of year %1 overdue</source>
        <translation>revisión del año %1 vencida</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>próxima revisión: %1</translation>
    </message>
    <message>
        <source>last meeting %1</source>
        <translation>última reunión: %1</translation>
    </message>
    <message>
        <source>no meeting logged</source>
        <translation>ninguna reunión registrada</translation>
    </message>
    <message>
        <source>worksheets: %1 of %2 topics apart</source>
        <translation>hojas de trabajo: %1 de %2 temas con diferencias</translation>
    </message>
    <message>
        <source>%1 achieved of %2; %3 overdue</source>
        <translation>%1 alcanzados de %2; %3 vencidos</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>all programs</source>
        <translation>todos los programas</translation>
    </message>
    <message>
        <source>all cohorts</source>
        <translation>todas las cohortes</translation>
    </message>
    <message>
        <source> (closed compacts left out)</source>
        <translation> (sin los compromisos cerrados)</translation>
    </message>
    <message>
        <source>Cohort report: %1</source>
        <translation>Informe de la cohorte: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Achieved of due. Goals as each year&apos;s signed review left them, the latest year as they are now. Satisfaction with the relationship and how well the expectations were discussed: scholar / mentors, means on the 1 (poor) to 5 (excellent) scale, from the reflections once all of a review&apos;s are submitted.</source>
        <translation>Alcanzados sobre los que vencían. Las metas, tal como las dejó la revisión anual firmada de cada año; las del último año, tal como están ahora. Satisfacción con la relación y grado en que se debatieron las expectativas: becario/a / mentores, medias en la escala de 1 (deficiente) a 5 (excelente), de las reflexiones de una revisión una vez enviadas todas.</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Debate</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Scholar</source>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Award year</source>
        <translation>Año de beca</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella digital (SHA-256)</translation>
    </message>
    <message>
        <source>DRAFT: this review is not signed yet. This copy is for discussion only.</source>
        <translation>BORRADOR: esta revisión aún no está firmada. Esta copia es solo para debatir.</translation>
    </message>
    <message>
        <source>Milestones of the year</source>
        <translation>Hitos del año</translation>
    </message>
    <message>
        <source>No milestone was due in this award year.</source>
        <translation>Ningún hito vencía en este año de beca.</translation>
    </message>
    <message>
        <source>Milestones missed, moved or dropped are kept with what was learned.</source>
        <translation>Los hitos no alcanzados, aplazados o descartados se conservan con lo aprendido.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Progress on the goals</source>
        <translation>Avance en las metas</translation>
    </message>
    <message>
        <source>No goals were reviewed.</source>
        <translation>No se revisó ninguna meta.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Expectations revisited</source>
        <translation>Expectativas revisadas</translation>
    </message>
    <message>
        <source>No agreed expectation was revisited.</source>
        <translation>No se revisó ninguna expectativa acordada.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Expectativa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No summary has been written yet.</source>
        <translation>Aún no se ha escrito el resumen.</translation>
    </message>
    <message>
        <source>The coming year</source>
        <translation>El próximo año</translation>
    </message>
    <message>
        <source>Milestones due in the next award year</source>
        <translation>Hitos que vencen en el próximo año de beca</translation>
    </message>
    <message>
        <source>No milestone is due in the next award year.</source>
        <translation>Ningún hito vence en el próximo año de beca.</translation>
    </message>
    <message>
        <source>Goals still active</source>
        <translation>Metas aún activas</translation>
    </message>
    <message>
        <source>No goal is active.</source>
        <translation>No hay ninguna meta activa.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Each person&apos;s reflection stays hidden until the scholar and every mentor have submitted theirs; none is printed before that.</source>
        <translation>La reflexión de cada persona permanece oculta hasta que el becario/a y todos los mentores hayan enviado la suya; antes no se imprime ninguna.</translation>
    </message>
    <message>
        <source>Satisfaction with the relationship</source>
        <translation>Satisfacción con la relación</translation>
    </message>
    <message>
        <source>How well the expectations were discussed</source>
        <translation>Grado en que se debatieron las expectativas</translation>
    </message>
    <message>
        <source>Would like the other side to do differently</source>
        <translation>Le gustaría que la otra parte hiciera de otro modo</translation>
    </message>
    <message>
        <source>How I could mentor better</source>
        <translation>Cómo podría mejorar como mentor/a</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>enviada el</translation>
    </message>
    <message>
        <source>Milestone history across the years</source>
        <translation>Historia de los hitos a lo largo de los años</translation>
    </message>
    <message>
        <source>What each review said</source>
        <translation>Lo que dijo cada revisión</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>aún sin revisar</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>By signing, each person agrees to this review as printed, identified by the fingerprint above.</source>
        <translation>Con su firma, cada persona acepta esta revisión tal como está impresa, identificada por la huella digital que figura arriba.</translation>
    </message>
    <message>
        <source>Name and role</source>
        <translation>Nombre y función</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>acknowledges</source>
        <translation>toma conocimiento</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Firmado como</translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation>Aún sin resultado</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Achieved on %1</source>
        <translation>Alcanzado el %1</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Aplazado al %1</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se mantiene</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>%1 of 5, %2</source>
        <translation>%1 de 5, %2</translation>
    </message>
    <message>
        <source>Yearly review: award year %1</source>
        <translation>Revisión anual: año de beca %1</translation>
    </message>
    <message>
        <source>Year %1, %2 to %3</source>
        <translation>Año %1, del %2 al %3</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Firmada el %1</translation>
    </message>
    <message>
        <source>Draft, not signed</source>
        <translation>Borrador, sin firmar</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>deficiente</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Review of year %1</source>
        <translation>Revisión del año %1</translation>
    </message>
    <message>
        <source>Review of year %1, draft</source>
        <translation>Revisión del año %1, borrador</translation>
    </message>
    <message>
        <source>Dropped</source>
        <comment>expectation verdict</comment>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>TopicTexts</name>
    <message>
        <source>Keeping up with the field</source>
        <translation>Estar al día en el campo</translation>
    </message>
    <message>
        <source>How will the scholar stay current with new findings in the field, and what will the mentor point them to?</source>
        <translation>¿Cómo se mantendrá el becario/a al día de los nuevos hallazgos del campo, y qué le recomendará el mentor/a?</translation>
    </message>
    <message>
        <source>Methods and techniques</source>
        <translation>Métodos y técnicas</translation>
    </message>
    <message>
        <source>Which methods and lab or analytic techniques does the scholar need to master, and who will teach them?</source>
        <translation>¿Qué métodos y técnicas de laboratorio o de análisis necesita dominar el becario/a, y quién se los enseñará?</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>How many abstracts, papers and grant applications do you aim for each year, and by when?</source>
        <translation>¿Cuántos resúmenes, artículos y solicitudes de subvención se proponen cada año, y para cuándo?</translation>
    </message>
    <message>
        <source>Path to independence</source>
        <translation>Camino hacia la independencia</translation>
    </message>
    <message>
        <source>What steps, year by year, will show that the scholar is becoming an independent investigator?</source>
        <translation>¿Qué pasos, año a año, mostrarán que el becario/a se está convirtiendo en investigador/a independiente?</translation>
    </message>
    <message>
        <source>Responsible conduct of research</source>
        <translation>Conducta responsable en la investigación</translation>
    </message>
    <message>
        <source>How will both of you keep to the rules of sound research, and where will you turn when in doubt?</source>
        <translation>¿Cómo respetarán ambos las normas de la buena práctica científica, y a quién acudirán en caso de duda?</translation>
    </message>
    <message>
        <source>Ownership of ideas and data</source>
        <translation>Propiedad de las ideas y los datos</translation>
    </message>
    <message>
        <source>Who owns the ideas, data and samples the scholar produces in the mentor&apos;s lab, and what may the scholar take along when leaving?</source>
        <translation>¿De quién son las ideas, los datos y las muestras que el becario/a produce en el laboratorio del mentor/a, y qué podrá llevarse al marcharse?</translation>
    </message>
    <message>
        <source>Credit and authorship</source>
        <translation>Reconocimiento y autoría</translation>
    </message>
    <message>
        <source>How will you decide author order and who gets credit for shared work, before the paper is written?</source>
        <translation>¿Cómo decidirán el orden de autores y a quién se reconoce el trabajo compartido, antes de escribir el artículo?</translation>
    </message>
    <message>
        <source>A line of work of one&apos;s own</source>
        <translation>Una línea de trabajo propia</translation>
    </message>
    <message>
        <source>Which questions belong to the scholar&apos;s own line of work, and which stay with the mentor&apos;s program?</source>
        <translation>¿Qué preguntas pertenecen a la línea de trabajo propia del becario/a, y cuáles siguen en el programa del mentor/a?</translation>
    </message>
    <message>
        <source>When the mentor steps back</source>
        <translation>Cuándo se retira el mentor/a</translation>
    </message>
    <message>
        <source>At what point, and on what signs, will the mentor hand decisions over and step back?</source>
        <translation>¿En qué momento, y ante qué señales, cederá el mentor/a las decisiones y dará un paso atrás?</translation>
    </message>
    <message>
        <source>Courses to fill gaps</source>
        <translation>Cursos para cubrir lagunas</translation>
    </message>
    <message>
        <source>Which courses would close the gaps in the scholar&apos;s research training?</source>
        <translation>¿Qué cursos cubrirían las lagunas en la formación investigadora del becario/a?</translation>
    </message>
    <message>
        <source>Seminars and workshops</source>
        <translation>Seminarios y talleres</translation>
    </message>
    <message>
        <source>Which seminars, workshops or journal clubs should the scholar attend regularly?</source>
        <translation>¿A qué seminarios, talleres o clubes de lectura de artículos debería asistir el becario/a con regularidad?</translation>
    </message>
    <message>
        <source>Other learning</source>
        <translation>Otros aprendizajes</translation>
    </message>
    <message>
        <source>What else should the scholar learn to grow and advance, and how will time be made for it?</source>
        <translation>¿Qué más debería aprender el becario/a para crecer y avanzar, y cómo se le hará tiempo?</translation>
    </message>
    <message>
        <source>Critical thinking and creativity</source>
        <translation>Pensamiento crítico y creatividad</translation>
    </message>
    <message>
        <source>How will the mentor help the scholar question assumptions and come up with original ideas?</source>
        <translation>¿Cómo ayudará el mentor/a al becario/a a cuestionar supuestos y a tener ideas originales?</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>How will the scholar practise scientific writing, and who will read the drafts?</source>
        <translation>¿Cómo practicará el becario/a la redacción científica, y quién leerá los borradores?</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Hablar en público</translation>
    </message>
    <message>
        <source>Where will the scholar present their work, and who will help rehearse the talks?</source>
        <translation>¿Dónde presentará el becario/a su trabajo, y quién le ayudará a ensayar las charlas?</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Revisión por pares</translation>
    </message>
    <message>
        <source>Will the scholar review manuscripts or grants together with the mentor, and how often?</source>
        <translation>¿Revisará el becario/a manuscritos o solicitudes de subvención junto con el mentor/a, y con qué frecuencia?</translation>
    </message>
    <message>
        <source>Priorities, time and projects</source>
        <translation>Prioridades, tiempo y proyectos</translation>
    </message>
    <message>
        <source>How will the scholar set priorities and manage time and projects, and how will the mentor help when there is too much on the plate?</source>
        <translation>¿Cómo fijará el becario/a prioridades y gestionará su tiempo y sus proyectos, y cómo le ayudará el mentor/a cuando tenga demasiado entre manos?</translation>
    </message>
    <message>
        <source>Teaching and mentoring others</source>
        <translation>Enseñar y mentorizar a otros</translation>
    </message>
    <message>
        <source>What chances will the scholar have to teach and to mentor students or junior staff?</source>
        <translation>¿Qué oportunidades tendrá el becario/a de enseñar y de mentorizar a estudiantes o personal en formación?</translation>
    </message>
    <message>
        <source>Leading and working in teams</source>
        <translation>Liderar y trabajar en equipo</translation>
    </message>
    <message>
        <source>How will the scholar learn to lead a team and to work well within one?</source>
        <translation>¿Cómo aprenderá el becario/a a liderar un equipo y a trabajar bien dentro de uno?</translation>
    </message>
    <message>
        <source>Academic promotion</source>
        <translation>Promoción académica</translation>
    </message>
    <message>
        <source>What are the institution&apos;s promotion criteria, and what is the plan to meet them on time?</source>
        <translation>¿Cuáles son los criterios de promoción de la institución, y cuál es el plan para cumplirlos a tiempo?</translation>
    </message>
    <message>
        <source>Networking on the scholar&apos;s behalf</source>
        <translation>Contactos en nombre del becario/a</translation>
    </message>
    <message>
        <source>Whom will the mentor introduce the scholar to, and at which meetings?</source>
        <translation>¿A quién presentará el mentor/a al becario/a, y en qué congresos o reuniones?</translation>
    </message>
    <message>
        <source>Team science</source>
        <translation>Ciencia en equipo</translation>
    </message>
    <message>
        <source>What does the scholar need to contribute well to large, multi-disciplinary teams?</source>
        <translation>¿Qué necesita el becario/a para contribuir bien a equipos grandes y multidisciplinares?</translation>
    </message>
    <message>
        <source>Work-life balance</source>
        <translation>Conciliación de la vida laboral y personal</translation>
    </message>
    <message>
        <source>What limits on working hours and availability will you both respect, and how will you speak up when they slip?</source>
        <translation>¿Qué límites de horario y disponibilidad respetarán ambos, y cómo lo dirán cuando no se cumplan?</translation>
    </message>
    <message>
        <source>Other career paths</source>
        <translation>Otras trayectorias profesionales</translation>
    </message>
    <message>
        <source>Is the scholar free to explore careers outside academia, and how will the mentor support that?</source>
        <translation>¿Puede el becario/a explorar carreras fuera del ámbito académico, y cómo lo apoyará el mentor/a?</translation>
    </message>
    <message>
        <source>How the institution works</source>
        <translation>Cómo funciona la institución</translation>
    </message>
    <message>
        <source>Who will explain the unwritten rules, people and committees of the institution to the scholar?</source>
        <translation>¿Quién explicará al becario/a las reglas no escritas, las personas y los comités de la institución?</translation>
    </message>
    <message>
        <source>Ending the formal relationship</source>
        <translation>Fin de la relación formal</translation>
    </message>
    <message>
        <source>How will you close the formal mentorship, and what support continues afterwards?</source>
        <translation>¿Cómo cerrarán la mentoría formal, y qué apoyo continuará después?</translation>
    </message>
    <message>
        <source>Protected research time</source>
        <translation>Tiempo protegido para investigar</translation>
    </message>
    <message>
        <source>What share of the scholar&apos;s effort is kept for research, and who guards it against clinical, teaching or service duties?</source>
        <translation>¿Qué parte de la dedicación del becario/a se reserva para investigar, y quién la protege frente a tareas clínicas, docentes o de gestión?</translation>
    </message>
    <message>
        <source>Resources from the mentor</source>
        <translation>Recursos del mentor/a</translation>
    </message>
    <message>
        <source>Which space, equipment, supplies, technician time or funds will the mentor provide?</source>
        <translation>¿Qué espacio, equipos, material, tiempo de técnicos o fondos aportará el mentor/a?</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Otra financiación</translation>
    </message>
    <message>
        <source>Which costs will the scholar seek other funding for, and where will they apply?</source>
        <translation>¿Para qué gastos buscará el becario/a otra financiación, y dónde la solicitará?</translation>
    </message>
    <message>
        <source>Experts, training and committees</source>
        <translation>Expertos, formación y comités</translation>
    </message>
    <message>
        <source>Which experts, training opportunities and key committees will the mentor open doors to?</source>
        <translation>¿A qué expertos, oportunidades de formación y comités clave abrirá puertas el mentor/a?</translation>
    </message>
    <message>
        <source>Multidisciplinary projects</source>
        <translation>Proyectos multidisciplinares</translation>
    </message>
    <message>
        <source>Which team projects across disciplines could the scholar join or lead?</source>
        <translation>¿En qué proyectos de equipo entre disciplinas podría participar o liderar el becario/a?</translation>
    </message>
    <message>
        <source>Attending the scholar&apos;s talks</source>
        <translation>Asistir a las charlas del becario/a</translation>
    </message>
    <message>
        <source>Which of the scholar&apos;s talks and presentations will the mentor come to?</source>
        <translation>¿A qué charlas y presentaciones del becario/a asistirá el mentor/a?</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Defensa de sus intereses</translation>
    </message>
    <message>
        <source>When and where will the mentor speak up for the scholar, for example for awards or positions?</source>
        <translation>¿Cuándo y dónde hablará el mentor/a a favor del becario/a, por ejemplo para premios o puestos?</translation>
    </message>
    <message>
        <source>Emotional support</source>
        <translation>Apoyo emocional</translation>
    </message>
    <message>
        <source>How can the scholar raise setbacks, stress or doubts, and what will the mentor do?</source>
        <translation>¿Cómo puede el becario/a plantear contratiempos, estrés o dudas, y qué hará el mentor/a?</translation>
    </message>
    <message>
        <source>Meeting with the mentor</source>
        <translation>Reuniones con el mentor/a</translation>
    </message>
    <message>
        <source>How often and for how long will scholar and mentor meet, and on which fixed day?</source>
        <translation>¿Con qué frecuencia y durante cuánto tiempo se reunirán becario/a y mentor/a, y qué día fijo?</translation>
    </message>
    <message>
        <source>Team and program meetings</source>
        <translation>Reuniones del equipo y del programa</translation>
    </message>
    <message>
        <source>How often will the scholar meet the whole mentoring team and the program leadership?</source>
        <translation>¿Con qué frecuencia se reunirá el becario/a con todo el equipo de mentoría y con la dirección del programa?</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Which channels (in person, video, e-mail, chat) are for what, and how fast should replies come?</source>
        <translation>¿Qué canales (en persona, vídeo, correo electrónico, chat) sirven para qué, y en cuánto tiempo deben llegar las respuestas?</translation>
    </message>
    <message>
        <source>What meetings cover</source>
        <translation>Qué tratan las reuniones</translation>
    </message>
    <message>
        <source>Which topics does every meeting cover, and who sets the agenda?</source>
        <translation>¿Qué temas trata cada reunión, y quién fija el orden del día?</translation>
    </message>
    <message>
        <source>Preparing for meetings</source>
        <translation>Preparación de las reuniones</translation>
    </message>
    <message>
        <source>What will the scholar send or bring ahead of each meeting?</source>
        <translation>¿Qué enviará o traerá el becario/a antes de cada reunión?</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Informes de avance</translation>
    </message>
    <message>
        <source>When and how will progress be reported to the program director and the chair?</source>
        <translation>¿Cuándo y cómo se informará de los avances al director/a del programa y al jefe/a de departamento?</translation>
    </message>
    <message>
        <source>Coordinating mentors</source>
        <translation>Coordinación de los mentores</translation>
    </message>
    <message>
        <source>With several mentors, who coordinates them, and what happens when their advice conflicts?</source>
        <translation>Si hay varios mentores, ¿quién los coordina, y qué ocurre cuando sus consejos se contradicen?</translation>
    </message>
    <message>
        <source>Constructive critique</source>
        <translation>Crítica constructiva</translation>
    </message>
    <message>
        <source>How will the mentor give critique, and how will the scholar ask for it, weigh it and show what came of it?</source>
        <translation>¿Cómo hará críticas el mentor/a, y cómo las pedirá el becario/a, las valorará y mostrará qué resultó de ellas?</translation>
    </message>
    <message>
        <source>Feedback to the mentor</source>
        <translation>Comentarios al mentor/a</translation>
    </message>
    <message>
        <source>How will the mentor ask the scholar what could be done better as a mentor?</source>
        <translation>¿Cómo preguntará el mentor/a al becario/a qué podría hacer mejor como mentor/a?</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Normas básicas</translation>
    </message>
    <message>
        <source>What do you promise each other about openness, honesty and keeping things confidential?</source>
        <translation>¿Qué se prometen mutuamente sobre franqueza, honestidad y confidencialidad?</translation>
    </message>
    <message>
        <source>Ethical and professional conduct</source>
        <translation>Conducta ética y profesional</translation>
    </message>
    <message>
        <source>What standards of ethical and professional behaviour do you hold each other to?</source>
        <translation>¿Qué normas de comportamiento ético y profesional se exigen mutuamente?</translation>
    </message>
    <message>
        <source>Respect and diversity</source>
        <translation>Respeto y diversidad</translation>
    </message>
    <message>
        <source>How will you show respect for each other&apos;s background, identity and ways of working?</source>
        <translation>¿Cómo mostrarán respeto por los orígenes, la identidad y la forma de trabajar del otro?</translation>
    </message>
    <message>
        <source>Handling conflict</source>
        <translation>Gestión de conflictos</translation>
    </message>
    <message>
        <source>If a disagreement cannot be settled between you, what are the next steps and whom do you ask?</source>
        <translation>Si no pueden resolver un desacuerdo entre ustedes, ¿cuáles son los pasos siguientes y a quién recurren?</translation>
    </message>
    <message>
        <source>Acknowledging contributions</source>
        <translation>Reconocimiento de las contribuciones</translation>
    </message>
    <message>
        <source>How will each of you recognise the other&apos;s part in shared work, in talks as well as in print?</source>
        <translation>¿Cómo reconocerá cada uno la parte del otro en el trabajo compartido, tanto en charlas como en publicaciones?</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>compact</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cláusula</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>meeting plan</source>
        <translation>plan de reuniones</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de finalización</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>responsibilities</source>
        <translation>responsabilidades</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ámbito</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizonte</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>fecha prevista</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>persona responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>cadence</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>día de la semana</translation>
    </message>
    <message>
        <source>week of the month</source>
        <translation>semana del mes</translation>
    </message>
    <message>
        <source>days between meetings</source>
        <translation>días entre reuniones</translation>
    </message>
    <message>
        <source>length in minutes</source>
        <translation>duración en minutos</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canales</translation>
    </message>
    <message>
        <source>standing topics</source>
        <translation>temas fijos</translation>
    </message>
    <message>
        <source>scholar&apos;s preparation</source>
        <translation>preparación del becario/a</translation>
    </message>
    <message>
        <source>the order of the people changed</source>
        <translation>cambió el orden de las personas</translation>
    </message>
    <message>
        <source>the order of the clauses changed</source>
        <translation>cambió el orden de las cláusulas</translation>
    </message>
    <message>
        <source>the order of the goals changed</source>
        <translation>cambió el orden de las metas</translation>
    </message>
    <message>
        <source>the order of the milestones changed</source>
        <translation>cambió el orden de los hitos</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: se añadió</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: se eliminó</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1: %2 cambió de %3 a %4</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD, for example 2026-09-01</source>
        <translation>escríbala como AAAA-MM-DD, por ejemplo 2026-09-01</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>%1 is not set to a date</source>
        <translation>%1 no tiene una fecha</translation>
    </message>
    <message>
        <source>no date given: %1</source>
        <translation>no se indicó ninguna fecha: %1</translation>
    </message>
    <message>
        <source>%1 is not a date: write month and day with two digits, as in %2</source>
        <translation>%1 no es una fecha: escriba el mes y el día con dos cifras, como en %2</translation>
    </message>
    <message>
        <source>%1 is not a date: %2</source>
        <translation>%1 no es una fecha: %2</translation>
    </message>
    <message>
        <source>%1 is not a date: the year must be between %2 and %3</source>
        <translation>%1 no es una fecha: el año debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2</source>
        <translation>%1 no es una fecha: no existe el mes %2</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no day 0</source>
        <translation>%1 no es una fecha: no existe el día 0</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days</source>
        <translation>%1 no es una fecha: %2 de %3 tiene %4 días</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>the date %1 years after %2 is outside the calendar</source>
        <translation>la fecha %1 años después del %2 queda fuera del calendario</translation>
    </message>
    <message>
        <source>the start of the award period</source>
        <translation>el inicio del periodo de la beca</translation>
    </message>
    <message>
        <source>the end of the award period</source>
        <translation>el final del periodo de la beca</translation>
    </message>
    <message>
        <source>meeting plan %1</source>
        <translation>plan de reuniones: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the first meeting day</source>
        <translation>el primer día de reunión</translation>
    </message>
    <message>
        <source>the last meeting day</source>
        <translation>el último día de reunión</translation>
    </message>
    <message>
        <source>meeting dates can be listed for at most %1 years at a time, not from %2 to %3</source>
        <translation>las fechas de reunión se pueden listar como máximo para %1 años a la vez, no del %2 al %3</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a UUID</source>
        <translation>el id «%1» no es un UUID</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of the people of this compact</source>
        <translation>%1: «%2» no es una de las personas de este compromiso</translation>
    </message>
    <message>
        <source>date is missing: say when the meeting was held</source>
        <translation>falta la fecha: indique cuándo se celebró la reunión</translation>
    </message>
    <message>
        <source>date %1 is after today (%2): log a meeting once it has been held</source>
        <translation>la fecha %1 es posterior a hoy (%2): registre una reunión una vez celebrada</translation>
    </message>
    <message>
        <source>date %1 lies before the compact starts on %2</source>
        <translation>la fecha %1 es anterior al inicio del compromiso, el %2</translation>
    </message>
    <message>
        <source>attendee is empty: name a person of the compact</source>
        <translation>el asistente está vacío: indique una persona del compromiso</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>attendee &quot;%1&quot; is listed twice</source>
        <translation>el asistente «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used by another action item</source>
        <translation>el id «%1» ya lo usa otra tarea</translation>
    </message>
    <message>
        <source>%1 is empty: %2</source>
        <translation>el campo «%1» está vacío: %2</translation>
    </message>
    <message>
        <source>say what is to be done</source>
        <translation>indique qué hay que hacer</translation>
    </message>
    <message>
        <source>due date is not a date</source>
        <translation>la fecha límite no es una fecha</translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot; is not one of this compact&apos;s milestones</source>
        <translation>el hito «%1» no es uno de los hitos de este compromiso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is empty: it is neither a Mentoring Compact workspace nor a JSON export.</source>
        <translation>%1 está vacío: no es ni un espacio de trabajo de Mentoring Compact ni una exportación JSON.</translation>
    </message>
    <message>
        <source>%1 is neither a Mentoring Compact workspace nor a JSON export.</source>
        <translation>%1 no es ni un espacio de trabajo de Mentoring Compact ni una exportación JSON.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself: choose another file to merge.</source>
        <translation>%1 es el propio espacio de trabajo: elija otro archivo para combinar.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Open a backup copy, or run `mentoring-compact check` on it.</source>
        <translation>%1 está dañado y no se puede leer (%2). Abra una copia de seguridad o ejecute `mentoring-compact check` sobre él.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 no se puede modificar: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the last change was not saved.</source>
        <translation>El disco que contiene %1 está lleno: el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>%1 está ocupado: otro programa está escribiendo en él. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 no se puede abrir (%2).</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2): the disk may be full or gone; the last change was not saved.</source>
        <translation>No se pudo escribir %1 (%2): puede que el disco esté lleno o ya no esté disponible; el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2): the last change was not saved.</source>
        <translation>No se pudo leer o escribir %1 (%2): el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>%1 cannot be used: permission denied.</source>
        <translation>%1 no se puede usar: permiso denegado.</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text: type it again or paste it as plain text</source>
        <translation>el campo «%1» no es texto UTF-8 válido: escríbalo de nuevo o péguelo como texto sin formato</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (code %2): remove it</source>
        <translation>el campo «%1» contiene un carácter de control invisible (código %2): elimínelo</translation>
    </message>
    <message>
        <source>%1 is %2 characters long: the limit is %3</source>
        <translation>el campo «%1» tiene %2 caracteres: el límite es %3</translation>
    </message>
    <message>
        <source>id %1 is not a UUID (like 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b in lower case)</source>
        <translation>el id %1 no es un UUID (como 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b, en minúsculas)</translation>
    </message>
    <message>
        <source>%1 has the unknown value %2: it must be %3</source>
        <translation>el campo «%1» tiene el valor desconocido %2: debe ser %3</translation>
    </message>
    <message>
        <source>it contains a space or an invisible character</source>
        <translation>contiene un espacio o un carácter invisible</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>no tiene @</translation>
    </message>
    <message>
        <source>it has more than one @</source>
        <translation>tiene más de una @</translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation>no hay nada antes de la @</translation>
    </message>
    <message>
        <source>the part after the @ needs a dot inside it, as in example.org</source>
        <translation>la parte posterior a la @ necesita un punto en su interior, como en example.org</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>e-mail %1 does not look like an address (%2): write it as name@example.org</source>
        <translation>el correo electrónico %1 no parece una dirección (%2): escríbalo como nombre@example.org</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>cadence has the unknown value %1: it must be %2</source>
        <translation>la frecuencia tiene el valor desconocido %1: debe ser %2</translation>
    </message>
    <message>
        <source>weekday must be 1 (Monday) to 7 (Sunday), not %1</source>
        <translation>el día de la semana debe ser de 1 (lunes) a 7 (domingo), no %1</translation>
    </message>
    <message>
        <source>week of the month must be 1 to 4, or -1 for the last one, not %1</source>
        <translation>la semana del mes debe ser de 1 a 4, o -1 para la última, no %1</translation>
    </message>
    <message>
        <source>interval must be 1 to 366 days, not %1</source>
        <translation>el intervalo debe ser de 1 a 366 días, no %1</translation>
    </message>
    <message>
        <source>write the person&apos;s full name</source>
        <translation>escriba el nombre completo de la persona</translation>
    </message>
    <message>
        <source>pick one of the built-in topics or name one of your own</source>
        <translation>elija uno de los temas incluidos o escriba uno propio</translation>
    </message>
    <message>
        <source>say what is expected, and of whom</source>
        <translation>indique qué se espera y de quién</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>owner is missing: a goal belongs to the scholar or to one of the mentors</source>
        <translation>falta el titular: una meta pertenece al becario/a o a uno de los mentores</translation>
    </message>
    <message>
        <source>owner %1 is not one of the people of this compact</source>
        <translation>el titular %1 no es una de las personas de este compromiso</translation>
    </message>
    <message>
        <source>owner %1 is the %2: a goal belongs to the scholar or to one of the mentors</source>
        <translation>el titular %1 tiene la función de %2: una meta pertenece al becario/a o a uno de los mentores</translation>
    </message>
    <message>
        <source>say what result is wanted, for example a tenure-track position</source>
        <translation>indique qué resultado se busca, por ejemplo un puesto con vía a la titularidad</translation>
    </message>
    <message>
        <source>target date is not a date</source>
        <translation>la fecha prevista no es una fecha</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>say what the milestone is, for example &quot;Submit the first R01 application&quot;</source>
        <translation>indique en qué consiste el hito, por ejemplo «Presentar la primera solicitud R01»</translation>
    </message>
    <message>
        <source>due date is missing: give the date it is due</source>
        <translation>falta la fecha límite: indique la fecha en que vence</translation>
    </message>
    <message>
        <source>due date %1 lies before the compact starts on %2</source>
        <translation>la fecha límite %1 es anterior al inicio del compromiso, el %2</translation>
    </message>
    <message>
        <source>due date %1 lies after the compact ends on %2</source>
        <translation>la fecha límite %1 es posterior al final del compromiso, el %2</translation>
    </message>
    <message>
        <source>responsible person is missing: say who sees to this milestone</source>
        <translation>falta la persona responsable: indique quién se ocupa de este hito</translation>
    </message>
    <message>
        <source>responsible person %1 is not one of the people of this compact</source>
        <translation>la persona responsable %1 no es una de las personas de este compromiso</translation>
    </message>
    <message>
        <source>goal %1 is not one of the goals of this compact</source>
        <translation>la meta %1 no es una de las metas de este compromiso</translation>
    </message>
    <message>
        <source>done date is not a date</source>
        <translation>la fecha de cumplimiento no es una fecha</translation>
    </message>
    <message>
        <source>done date %1 is set, but the milestone is %2: only an achieved milestone has a done date</source>
        <translation>la fecha de cumplimiento %1 está indicada, pero el estado del hito es «%2»: solo un hito alcanzado tiene fecha de cumplimiento</translation>
    </message>
    <message>
        <source>done date is missing: an achieved milestone needs the date it was reached</source>
        <translation>falta la fecha de cumplimiento: un hito alcanzado necesita la fecha en que se alcanzó</translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation>nota sobre el resultado</translation>
    </message>
    <message>
        <source>duration must be %1 to %2 minutes, not %3</source>
        <translation>la duración debe ser de %1 a %2 minutos, no %3</translation>
    </message>
    <message>
        <source>the compact is closed but says neither when nor why: close it again with a date and a reason</source>
        <translation>el compromiso está cerrado pero no dice ni cuándo ni por qué: ciérrelo de nuevo con una fecha y un motivo</translation>
    </message>
    <message>
        <source>a closing is recorded but the status is %1: only a closed compact has one</source>
        <translation>hay un cierre registrado pero el estado es %1: solo un compromiso cerrado lo tiene</translation>
    </message>
    <message>
        <source>closing date is missing: give the day the compact ended</source>
        <translation>falta la fecha de cierre: indique el día en que terminó el compromiso</translation>
    </message>
    <message>
        <source>closing date %1 is before the start date %2</source>
        <translation>la fecha de cierre %1 es anterior a la fecha de inicio %2</translation>
    </message>
    <message>
        <source>closing reason</source>
        <translation>motivo del cierre</translation>
    </message>
    <message>
        <source>closing note</source>
        <translation>nota de cierre</translation>
    </message>
    <message>
        <source>give the compact a title, for example the scholar&apos;s name and the award</source>
        <translation>dé un título al compromiso, por ejemplo el nombre del becario/a y la beca</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>start date is missing: give the day the compact starts</source>
        <translation>falta la fecha de inicio: indique el día en que empieza el compromiso</translation>
    </message>
    <message>
        <source>end date is missing: give the day the compact ends</source>
        <translation>falta la fecha de finalización: indique el día en que termina el compromiso</translation>
    </message>
    <message>
        <source>end date %1 must be after the start date %2</source>
        <translation>la fecha de finalización %1 debe ser posterior a la fecha de inicio %2</translation>
    </message>
    <message>
        <source>the award period from %1 to %2 is longer than %3 years: awards usually run three to five, so check the end date</source>
        <translation>el periodo de la beca del %1 al %2 dura más de %3 años: las becas suelen durar de tres a cinco, así que revise la fecha de finalización</translation>
    </message>
    <message>
        <source>%1 is a second scholar: a compact is written for exactly one scholar</source>
        <translation>%1 es un segundo becario/a: un compromiso se redacta para un solo becario/a</translation>
    </message>
    <message>
        <source>%1 is a second primary mentor: name one primary mentor and make the others co-mentors</source>
        <translation>%1 es un segundo mentor/a principal: nombre un solo mentor/a principal y haga comentores a los demás</translation>
    </message>
    <message>
        <source>the compact has no scholar: add the scholar it is written for</source>
        <translation>el compromiso no tiene becario/a: añada el becario/a para quien se redacta</translation>
    </message>
    <message>
        <source>the compact has no mentor: add at least one primary mentor, co-mentor, secondary mentor or career mentor</source>
        <translation>el compromiso no tiene mentor/a: añada al menos un mentor/a principal, comentor/a, mentor/a secundario/a o mentor/a de carrera</translation>
    </message>
    <message>
        <source>the compact</source>
        <translation>el compromiso</translation>
    </message>
    <message>
        <source>id %1 is already used by %2: every item needs an id of its own</source>
        <translation>el id %1 ya lo usa %2: cada elemento necesita un id propio</translation>
    </message>
    <message>
        <source>The topic title &quot;%1&quot; has no letters or digits: give the topic a name.</source>
        <translation>El título de tema «%1» no tiene letras ni cifras: dé un nombre al tema.</translation>
    </message>
    <message>
        <source>must be 0 (not answered) or 1 (mostly the mentor) to 5 (mostly the scholar), not %1</source>
        <translation>debe ser 0 (sin responder) o de 1 (sobre todo el mentor/a) a 5 (sobre todo el becario/a), no %1</translation>
    </message>
    <message>
        <source>must be 0 (not answered) or 1 (hardly) to 5 (essential), not %1</source>
        <translation>debe ser 0 (sin responder) o de 1 (apenas) a 5 (esencial), no %1</translation>
    </message>
    <message>
        <source>is empty: every answer belongs to a topic</source>
        <translation>está vacío: cada respuesta pertenece a un tema</translation>
    </message>
    <message>
        <source>the topic %1 belongs to the domain %2, not %3</source>
        <translation>el tema %1 pertenece al ámbito %2, no a %3</translation>
    </message>
    <message>
        <source>is empty: a topic of one&apos;s own needs a title</source>
        <translation>está vacío: un tema propio necesita un título</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is missing: a submitted worksheet says when it was submitted</source>
        <translation>falta: una hoja de trabajo enviada indica cuándo se envió</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Mentoring Compact workspace.</source>
        <translation>%1 es una base de datos de otro programa, no un espacio de trabajo de Mentoring Compact.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mentoring Compact (file format %2; this version reads up to %3). Open it with the newer version.</source>
        <translation>%1 se escribió con una versión más reciente de Mentoring Compact (formato de archivo %2; esta versión lee hasta el %3). Ábralo con la versión más reciente.</translation>
    </message>
    <message>
        <source>%1 is an unfinished Mentoring Compact workspace (its creation was interrupted) and holds nothing to open.</source>
        <translation>%1 es un espacio de trabajo de Mentoring Compact sin terminar (se interrumpió su creación) y no contiene nada que abrir.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Mentoring Compact workspace.</source>
        <translation>%1 está vacío: no es un espacio de trabajo de Mentoring Compact.</translation>
    </message>
    <message>
        <source>%1 is not a Mentoring Compact workspace.</source>
        <translation>%1 no es un espacio de trabajo de Mentoring Compact.</translation>
    </message>
    <message>
        <source>%1 was written by an older version and must be upgraded, but %2. Copy it somewhere writable and open the copy.</source>
        <translation>%1 se escribió con una versión anterior y debe actualizarse, pero no se puede: %2. Cópielo en un lugar donde se pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from file format %2 to %3 (%4): it may be damaged. A copy from before the upgrade is at %5.</source>
        <translation>%1 no se pudo actualizar del formato de archivo %2 al %3 (%4): puede estar dañado. Hay una copia anterior a la actualización en %5.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): the change was not saved.</source>
        <translation>%1 está abierto en solo lectura (%2): el cambio no se guardó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already closed on %2: reopen it first to close it again</source>
        <translation>«%1» ya se cerró el %2: reábralo primero para volver a cerrarlo</translation>
    </message>
    <message>
        <source>closing date %1 is in the future: close a compact on the day it ended</source>
        <translation>la fecha de cierre %1 está en el futuro: cierre un compromiso el día en que terminó</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not closed: there is nothing to reopen</source>
        <translation>«%1» no está cerrado: no hay nada que reabrir</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this compact.</source>
        <translation>No existe el elemento %2 (%1) en este compromiso.</translation>
    </message>
    <message>
        <source>the compact has no id</source>
        <translation>el compromiso no tiene id</translation>
    </message>
    <message>
        <source>a compact with the id %1 is already in this workspace</source>
        <translation>ya hay un compromiso con el id %1 en este espacio de trabajo</translation>
    </message>
    <message>
        <source>to close a compact, give the day it ended and why: use Close Compact (or `mentoring-compact close`)</source>
        <translation>para cerrar un compromiso, indique el día en que terminó y el motivo: use Cerrar compromiso (o `mentoring-compact close`)</translation>
    </message>
    <message>
        <source>this compact is closed: reopen it (Reopen Compact, or `mentoring-compact reopen`) to change its status</source>
        <translation>este compromiso está cerrado: reábralo (Reabrir compromiso, o `mentoring-compact reopen`) para cambiar su estado</translation>
    </message>
    <message>
        <source>There is no compact with the id %1 in %2.</source>
        <translation>No hay ningún compromiso con el id %1 en %2.</translation>
    </message>
    <message>
        <source>%1 still owns %2 goal(s) and is responsible for %3 milestone(s): give them to someone else first.</source>
        <translation>%1 todavía es titular de %2 meta(s) y responsable de %3 hito(s): asígnelos antes a otra persona.</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>expectativa</translation>
    </message>
    <message>
        <source>There is no action item %1 in this compact.</source>
        <translation>No existe la tarea %1 en este compromiso.</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used by an action item of another meeting</source>
        <translation>el id «%1» ya lo usa una tarea de otra reunión</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used in this workspace</source>
        <translation>el id «%1» ya se usa en este espacio de trabajo</translation>
    </message>
    <message>
        <source>A meeting of the compact %1 was given without its compact.</source>
        <translation>Se recibió una reunión del compromiso %1 sin su compromiso.</translation>
    </message>
    <message>
        <source>The meeting %1 belongs to another compact.</source>
        <translation>La reunión %1 pertenece a otro compromiso.</translation>
    </message>
    <message>
        <source>There is no meeting %1 in this compact.</source>
        <translation>No existe la reunión %1 en este compromiso.</translation>
    </message>
    <message>
        <source>The action item &quot;%1&quot; cannot become a milestone: %2</source>
        <translation>La tarea «%1» no se puede convertir en hito: %2</translation>
    </message>
    <message>
        <source>it is one already (milestone %1).</source>
        <translation>ya lo es (hito %1).</translation>
    </message>
    <message>
        <source>it has no owner; give it one first, since a milestone needs someone responsible.</source>
        <translation>no tiene titular; asígnele uno primero, porque un hito necesita una persona responsable.</translation>
    </message>
    <message>
        <source>its owner %1 has left the compact; give it a new owner first.</source>
        <translation>su titular, %1, ya no forma parte del compromiso; asígnele primero un nuevo titular.</translation>
    </message>
    <message>
        <source>it has no due date; give it one first, since a milestone is due on a date.</source>
        <translation>no tiene fecha límite; asígnele una primero, porque un hito vence en una fecha.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 cannot be merged: the result would break a rule (%2). Nothing was changed.</source>
        <translation>%1 no se puede combinar: el resultado incumpliría una regla (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Settle a conflict by keeping ours or taking theirs.</source>
        <translation>Resuelva un conflicto conservando el valor de este espacio de trabajo o tomando el del otro archivo.</translation>
    </message>
    <message>
        <source>There is no merge conflict %1.</source>
        <translation>No existe el conflicto de combinación %1.</translation>
    </message>
    <message>
        <source>The merge conflict %1 was settled already (%2, %3).</source>
        <translation>El conflicto de combinación %1 ya se resolvió (%2, %3).</translation>
    </message>
    <message>
        <source>The conflict %1 (%2) concerns signed content, which a merge never changes: keep ours, and start an amendment to change the compact.</source>
        <translation>El conflicto %1 (%2) afecta a contenido firmado, que una combinación nunca cambia: conserve el valor de este espacio de trabajo e inicie una enmienda para cambiar el compromiso.</translation>
    </message>
    <message>
        <source>The %1 of the conflict %2 is no longer in the compact: keep ours instead.</source>
        <translation>El elemento (%1) del conflicto %2 ya no está en el compromiso: conserve el valor de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The review of year %1 is signed: a merge conflict cannot change it.</source>
        <translation>La revisión anual del año %1 está firmada: un conflicto de combinación no puede cambiarla.</translation>
    </message>
    <message>
        <source>There is no person %1 in the compact &quot;%2&quot;.</source>
        <translation>No existe la persona %1 en el compromiso «%2».</translation>
    </message>
    <message>
        <source>%1 is the %2: only the scholar and the mentors fill in worksheets.</source>
        <translation>%1 tiene la función de %2: solo el becario/a y los mentores rellenan hojas de trabajo.</translation>
    </message>
    <message>
        <source>This worksheet was submitted on %1: it is locked, and its answers can no longer be changed.</source>
        <translation>Esta hoja de trabajo se envió el %1: está bloqueada y sus respuestas ya no se pueden cambiar.</translation>
    </message>
    <message>
        <source>This worksheet already has the topic %1.</source>
        <translation>Esta hoja de trabajo ya tiene el tema %1.</translation>
    </message>
    <message>
        <source>This worksheet already has a topic &quot;%1&quot;: write in it, or give the new topic another title.</source>
        <translation>Esta hoja de trabajo ya tiene un tema «%1»: escriba en él o dé otro título al tema nuevo.</translation>
    </message>
    <message>
        <source>There is no answer %1 in this worksheet.</source>
        <translation>No existe la respuesta %1 en esta hoja de trabajo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a topic of the compact, not one of your own: leave it unanswered instead.</source>
        <translation>«%1» es un tema del compromiso, no uno propio: déjelo sin responder.</translation>
    </message>
    <message>
        <source>Nothing is answered yet: give at least one topic an importance or your own words before submitting.</source>
        <translation>Todavía no hay nada respondido: antes de enviar, asigne a al menos un tema una importancia o sus propias palabras.</translation>
    </message>
    <message>
        <source>This worksheet is a draft: only submitted worksheets can be imported. Ask its author to submit it, then export it again.</source>
        <translation>Esta hoja de trabajo es un borrador: solo se pueden importar hojas de trabajo enviadas. Pida a su autor que la envíe y la exporte de nuevo.</translation>
    </message>
    <message>
        <source>compact %1 (&quot;%2&quot;)</source>
        <translation>el compromiso %1 («%2»)</translation>
    </message>
    <message>
        <source>any compact in %1</source>
        <translation>ningún compromiso de %1</translation>
    </message>
    <message>
        <source>This worksheet belongs to compact %1, not %2.</source>
        <translation>Esta hoja de trabajo pertenece al compromiso %1, no a %2.</translation>
    </message>
    <message>
        <source>The person %1 who wrote this worksheet is not in the compact &quot;%2&quot;.</source>
        <translation>La persona %1 que escribió esta hoja de trabajo no está en el compromiso «%2».</translation>
    </message>
    <message>
        <source>This worksheet of %1 is already here: %2.</source>
        <translation>Esta hoja de trabajo de %1 ya está aquí: %2.</translation>
    </message>
    <message>
        <source>it was submitted here on %1</source>
        <translation>se envió aquí el %1</translation>
    </message>
    <message>
        <source>it was already imported on %1</source>
        <translation>ya se importó el %1</translation>
    </message>
    <message>
        <source>%1 already submitted another worksheet here on %2; a submitted worksheet is not replaced.</source>
        <translation>%1 ya envió otra hoja de trabajo aquí el %2; una hoja de trabajo enviada no se sustituye.</translation>
    </message>
    <message>
        <source>An agreed clause is linked to the worksheet answers it was written from: choose at least one answer.</source>
        <translation>Una cláusula acordada se vincula a las respuestas de la hoja de trabajo a partir de las que se redactó: elija al menos una respuesta.</translation>
    </message>
    <message>
        <source>There is no worksheet answer %1 in this compact.</source>
        <translation>No existe la respuesta de hoja de trabajo %1 en este compromiso.</translation>
    </message>
    <message>
        <source>The answer %1 is in a worksheet not yet submitted: only submitted answers can be agreed on.</source>
        <translation>La respuesta %1 está en una hoja de trabajo aún no enviada: solo se pueden acordar respuestas enviadas.</translation>
    </message>
    <message>
        <source>The alignment report has no domain %1.</source>
        <translation>El informe de alineación no tiene el ámbito %1.</translation>
    </message>
    <message>
        <source>The worksheet %1 belongs to another compact, not to &quot;%2&quot;.</source>
        <translation>La hoja de trabajo %1 pertenece a otro compromiso, no a «%2».</translation>
    </message>
    <message>
        <source>The worksheet %1 was written by someone not in &quot;%2&quot;.</source>
        <translation>La hoja de trabajo %1 la escribió alguien que no está en «%2».</translation>
    </message>
    <message>
        <source>Alignment needs at least two submitted worksheets; %1 of %2 has been submitted. The views are compared only once two people have submitted theirs.</source>
        <translation>La alineación necesita al menos dos hojas de trabajo enviadas; se ha enviado %1 de %2. Las opiniones solo se comparan cuando dos personas han enviado la suya.</translation>
    </message>
    <message>
        <source>Alignment needs at least two submitted worksheets; %1 of %2 have been submitted. The views are compared only once two people have submitted theirs.</source>
        <translation>La alineación necesita al menos dos hojas de trabajo enviadas; se han enviado %1 de %2. Las opiniones solo se comparan cuando dos personas han enviado la suya.</translation>
    </message>
    <message>
        <source>libical refused the meeting rule %1</source>
        <translation>libical rechazó la regla de reuniones %1</translation>
    </message>
    <message>
        <source>compact &quot;%1&quot; (%2): %3</source>
        <translation>compromiso «%1» (%2): %3</translation>
    </message>
    <message>
        <source>the calendar&apos;s time stamp &quot;%1&quot; is not a UTC time like 2026-12-05T12:00:00.000Z</source>
        <translation>la marca de tiempo del calendario «%1» no es una hora UTC como 2026-12-05T12:00:00.000Z</translation>
    </message>
    <message>
        <source>libical could not write the calendar</source>
        <translation>libical no pudo escribir el calendario</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>datos no válidos</translation>
    </message>
    <message>
        <source>cannot compute a SHA-256 digest: OpenSSL&apos;s libcrypto failed</source>
        <translation>no se puede calcular un resumen SHA-256: falló libcrypto de OpenSSL</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used in this workspace by the compact &quot;%2&quot;</source>
        <translation>el id «%1» ya lo usa en este espacio de trabajo el compromiso «%2»</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>es obligatorio, pero falta</translation>
    </message>
    <message>
        <source>is required but is null</source>
        <translation>es obligatorio, pero es null</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1 y se encontró %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>es obligatorio, pero está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: ids are lower-case UUIDs such as 0b8a5c3e-2f41-4d6b-9a7e-1c2d3e4f5a6b</source>
        <translation>«%1» no es un id: los id son UUID en minúsculas, como 0b8a5c3e-2f41-4d6b-9a7e-1c2d3e4f5a6b</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp: write it in UTC as 2026-11-23T15:24:00.123Z</source>
        <translation>«%1» no es una marca de tiempo: escríbala en UTC, como 2026-11-23T15:24:00.123Z</translation>
    </message>
    <message>
        <source>is empty: use %1</source>
        <translation>está vacío: use %1</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;: use %3</source>
        <translation>valor de %1 desconocido, «%2»: use %3</translation>
    </message>
    <message>
        <source>a date as &quot;YYYY-MM-DD&quot;</source>
        <translation>una fecha como «AAAA-MM-DD»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD</source>
        <translation>«%1» no es una fecha: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 está fuera del intervalo permitido</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2</source>
        <translation>el id «%1» ya lo usa %2</translation>
    </message>
    <message>
        <source>is missing: this is not a Mentoring Compact JSON file</source>
        <translation>falta: este no es un archivo JSON de Mentoring Compact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mentoring Compact JSON file: expected &quot;%2&quot;</source>
        <translation>«%1» no es un archivo JSON de Mentoring Compact: se esperaba «%2»</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Mentoring Compact (format version %1): this version reads format version %2 and older, please update</source>
        <translation>el archivo se escribió con una versión más reciente de Mentoring Compact (versión de formato %1): esta versión lee la versión de formato %2 y anteriores; actualice el programa</translation>
    </message>
    <message>
        <source>%1 is not a format version: the first is 1</source>
        <translation>%1 no es una versión de formato: la primera es la 1</translation>
    </message>
    <message>
        <source>expected %1, found %2: this is not a Mentoring Compact JSON file</source>
        <translation>se esperaba %1 y se encontró %2: este no es un archivo JSON de Mentoring Compact</translation>
    </message>
    <message>
        <source>the file is empty: it holds no JSON</source>
        <translation>el archivo está vacío: no contiene JSON</translation>
    </message>
    <message>
        <source>this is not JSON (%1): %2</source>
        <translation>esto no es JSON (%1): %2</translation>
    </message>
    <message>
        <source>this is not JSON: %1</source>
        <translation>esto no es JSON: %1</translation>
    </message>
    <message>
        <source>the JSON could not be read: %1</source>
        <translation>no se pudo leer el JSON: %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;: use one of: draft, signed</source>
        <translation>estado desconocido «%1»: use uno de estos: draft, signed</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;: use %2</source>
        <translation>valor desconocido «%1»: use %2</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena de texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (a UUID)</source>
        <translation>«%1» no es un id (un UUID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC timestamp such as 2026-11-23T15:24:00.123Z</source>
        <translation>«%1» no es una marca de tiempo UTC como 2026-11-23T15:24:00.123Z</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use %2</source>
        <translation>rol desconocido «%1»: use %2</translation>
    </message>
    <message>
        <source>expected a version number: 1, 2, 3...</source>
        <translation>se esperaba un número de versión: 1, 2, 3...</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this compact&apos;s people</source>
        <translation>«%1» no es una de las personas de este compromiso</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id: ids are lower-case UUIDs</source>
        <translation>«%1» no es un id: los id son UUID en minúsculas</translation>
    </message>
    <message>
        <source>%1 is the %2: only the scholar and the mentors have worksheets</source>
        <translation>%1 tiene la función de %2: solo el becario/a y los mentores tienen hojas de trabajo</translation>
    </message>
    <message>
        <source>%1 has another worksheet here</source>
        <translation>%1 ya tiene otra hoja de trabajo aquí</translation>
    </message>
    <message>
        <source>a draft: only submitted worksheets travel in a workspace file (blind entry)</source>
        <translation>es un borrador: en un archivo de espacio de trabajo solo viajan hojas de trabajo enviadas (respuestas a ciegas)</translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot; is listed twice</source>
        <translation>el hito «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>milestone &quot;%1&quot; is not one of this compact&apos;s</source>
        <translation>el hito «%1» no es uno de los de este compromiso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>date is missing: say when &quot;%1&quot; was achieved</source>
        <translation>falta la fecha: indique cuándo se alcanzó «%1»</translation>
    </message>
    <message>
        <source>date %1 is after today (%2): a milestone is achieved once it happened</source>
        <translation>la fecha %1 es posterior a hoy (%2): un hito se da por alcanzado una vez que ha ocurrido</translation>
    </message>
    <message>
        <source>date is missing: give the new due date of &quot;%1&quot;</source>
        <translation>falta la fecha: indique la nueva fecha límite de «%1»</translation>
    </message>
    <message>
        <source>date %1 is not after the due date it had, %2: a rescheduled milestone moves later</source>
        <translation>la fecha %1 no es posterior a la fecha límite que tenía, %2: un hito aplazado pasa a una fecha posterior</translation>
    </message>
    <message>
        <source>goal &quot;%1&quot; is listed twice</source>
        <translation>la meta «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>goal &quot;%1&quot; is not one of this compact&apos;s</source>
        <translation>la meta «%1» no es una de las de este compromiso</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>an expectation is listed twice</source>
        <translation>una expectativa aparece dos veces</translation>
    </message>
    <message>
        <source>the expectation is not one of this compact&apos;s</source>
        <translation>la expectativa no es una de las de este compromiso</translation>
    </message>
    <message>
        <source>new text is empty: write the expectation as it should read from now on</source>
        <translation>el texto nuevo está vacío: escriba la expectativa tal como debe decir a partir de ahora</translation>
    </message>
    <message>
        <source>new text</source>
        <translation>texto nuevo</translation>
    </message>
    <message>
        <source>award year must be 1 or later</source>
        <translation>el año de beca debe ser 1 o posterior</translation>
    </message>
    <message>
        <source>held on is missing: say when the review took place</source>
        <translation>falta la fecha de celebración: indique cuándo tuvo lugar la revisión</translation>
    </message>
    <message>
        <source>held on %1 is after today (%2): record a review once it has taken place</source>
        <translation>la fecha de celebración %1 es posterior a hoy (%2): registre una revisión una vez que haya tenido lugar</translation>
    </message>
    <message>
        <source>held on %1 is before award year %2 starts (%3)</source>
        <translation>la fecha de celebración %1 es anterior al inicio del año de beca %2 (%3)</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>say what became of the milestone &quot;%1&quot;</source>
        <translation>indique qué fue del hito «%1»</translation>
    </message>
    <message>
        <source>%1 has not submitted their reflection yet</source>
        <translation>%1 aún no ha enviado su reflexión</translation>
    </message>
    <message>
        <source>%1 must be 1 (poor) to 5 (excellent), not %2</source>
        <translation>el campo «%1» debe ser de 1 (deficiente) a 5 (excelente), no %2</translation>
    </message>
    <message>
        <source>%1 is not answered: pick 1 (poor) to 5 (excellent)</source>
        <translation>el campo «%1» no tiene respuesta: elija de 1 (deficiente) a 5 (excelente)</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <source>how well the expectations were discussed</source>
        <translation>grado en que se debatieron las expectativas</translation>
    </message>
    <message>
        <source>words on satisfaction</source>
        <translation>comentarios sobre la satisfacción</translation>
    </message>
    <message>
        <source>what to do differently</source>
        <translation>qué hacer de otro modo</translation>
    </message>
    <message>
        <source>how to mentor better</source>
        <translation>cómo mejorar como mentor/a</translation>
    </message>
    <message>
        <source>how to mentor better is asked of mentors only, not of the %1</source>
        <translation>el campo «cómo mejorar como mentor/a» solo se pregunta a los mentores, no a quien tiene la función de %1</translation>
    </message>
    <message>
        <source>the review schedule needs the start of the award period as a date</source>
        <translation>el calendario de revisiones necesita como fecha el inicio del periodo de la beca</translation>
    </message>
    <message>
        <source>the review schedule needs the end of the award period as a date</source>
        <translation>el calendario de revisiones necesita como fecha el final del periodo de la beca</translation>
    </message>
    <message>
        <source>the award period ends (%1) before it starts (%2)</source>
        <translation>el periodo de la beca termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>next review: %1 (award year %2, today)</source>
        <translation>próxima revisión: %1 (año de beca %2, hoy)</translation>
    </message>
    <message>
        <source>next review: %1 (award year %2, in 1 day)</source>
        <translation>próxima revisión: %1 (año de beca %2, dentro de 1 día)</translation>
    </message>
    <message>
        <source>next review: %1 (award year %2, in %3 days)</source>
        <translation>próxima revisión: %1 (año de beca %2, dentro de %3 días)</translation>
    </message>
    <message>
        <source>review overdue: award year %1 was due %2 (1 day ago)</source>
        <translation>revisión vencida: la del año de beca %1 vencía el %2 (hace 1 día)</translation>
    </message>
    <message>
        <source>review overdue: award year %1 was due %2 (%3 days ago)</source>
        <translation>revisión vencida: la del año de beca %1 vencía el %2 (hace %3 días)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 no se puede leer.</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; of %2</source>
        <translation>valor desconocido «%1» de %2</translation>
    </message>
    <message>
        <source>the drawn signature is not JSON</source>
        <translation>la firma dibujada no es JSON</translation>
    </message>
    <message>
        <source>the drawn signature must be a list of strokes, each a list of [x, y] points</source>
        <translation>la firma dibujada debe ser una lista de trazos, cada uno una lista de puntos [x, y]</translation>
    </message>
    <message>
        <source>the drawn signature must be a list of strokes, each a list of [x, y] points (whole numbers)</source>
        <translation>la firma dibujada debe ser una lista de trazos, cada uno una lista de puntos [x, y] (números enteros)</translation>
    </message>
    <message>
        <source>the drawn signature has the point [%1, %2] outside its 0 to 1000 box</source>
        <translation>la firma dibujada tiene el punto [%1, %2] fuera de su recuadro de 0 a 1000</translation>
    </message>
    <message>
        <source>the signed text is damaged and cannot be read: %1</source>
        <translation>el texto firmado está dañado y no se puede leer: %1</translation>
    </message>
    <message>
        <source>the compact no longer matches what was signed since it was signed: the file was changed outside Mentoring Compact</source>
        <translation>el compromiso ya no coincide con lo que se firmó: el archivo se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>%1 since it was signed: the file was changed outside Mentoring Compact</source>
        <translation>%1 desde que se firmó: el archivo se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>%1 (and 1 more change) since it was signed: the file was changed outside Mentoring Compact</source>
        <translation>%1 (y 1 cambio más) desde que se firmó: el archivo se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>%1 (and %2 more changes) since it was signed: the file was changed outside Mentoring Compact</source>
        <translation>%1 (y %2 cambios más) desde que se firmó: el archivo se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>the versions are not numbered 1, 2, 3...: expected version %1 here</source>
        <translation>las versiones no están numeradas 1, 2, 3...: aquí se esperaba la versión %1</translation>
    </message>
    <message>
        <source>the version holds a signed text but is marked draft: it was unlocked outside Mentoring Compact</source>
        <translation>la versión contiene un texto firmado, pero está marcada como borrador: se desbloqueó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>an earlier version is still a draft although a later one exists: the file was changed outside Mentoring Compact</source>
        <translation>una versión anterior sigue siendo un borrador aunque existe una posterior: el archivo se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>the version is signed but its signed text or fingerprint is missing</source>
        <translation>la versión está firmada, pero falta su texto firmado o su huella digital</translation>
    </message>
    <message>
        <source>the signed text no longer matches its fingerprint %1: it was changed outside Mentoring Compact</source>
        <translation>el texto firmado ya no coincide con su huella digital %1: se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>the version is signed but holds no signature</source>
        <translation>la versión está firmada, pero no contiene ninguna firma</translation>
    </message>
    <message>
        <source>the signature of %1 (%2) is for the text %3, not the version&apos;s %4</source>
        <translation>la firma de %1 (%2) corresponde al texto %3, no al de la versión, %4</translation>
    </message>
    <message>
        <source>the version is locked but %1, who must sign, has no signature on it: a signature was removed outside Mentoring Compact</source>
        <translation>la versión está bloqueada, pero %1, que debe firmar, no tiene ninguna firma en ella: se eliminó una firma fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>the compact no longer matches what was signed (%1) since it was signed: the file was changed outside Mentoring Compact</source>
        <translation>el compromiso ya no coincide con lo que se firmó (%1): el archivo se modificó fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3</source>
        <translation>%1 está fuera del intervalo permitido: use de %2 a %3</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3 months</source>
        <translation>%1 está fuera del intervalo permitido: use de %2 a %3 meses</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3 years</source>
        <translation>%1 está fuera del intervalo permitido: use de %2 a %3 años</translation>
    </message>
    <message>
        <source>is empty: write it out</source>
        <translation>está vacío: escríbalo</translation>
    </message>
    <message>
        <source>contains a line break or an invisible control character: keep it on one line</source>
        <translation>contiene un salto de línea o un carácter de control invisible: escríbalo en una sola línea</translation>
    </message>
    <message>
        <source>contains an invisible control character: remove it</source>
        <translation>contiene un carácter de control invisible: elimínelo</translation>
    </message>
    <message>
        <source>is %1 bytes long: the limit is %2</source>
        <translation>ocupa %1 bytes: el límite es %2</translation>
    </message>
    <message>
        <source>is missing: this is not a Mentoring Compact template</source>
        <translation>falta: esta no es una plantilla de Mentoring Compact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mentoring Compact template: expected &quot;%2&quot; (this is an exported compact; import it instead)</source>
        <translation>«%1» no es una plantilla de Mentoring Compact: se esperaba «%2» (es un compromiso exportado; impórtelo en su lugar)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Mentoring Compact template: expected &quot;%2&quot;</source>
        <translation>«%1» no es una plantilla de Mentoring Compact: se esperaba «%2»</translation>
    </message>
    <message>
        <source>the template was written by a newer version of Mentoring Compact (format version %1): please update</source>
        <translation>la plantilla se escribió con una versión más reciente de Mentoring Compact (versión de formato %1): actualice el programa</translation>
    </message>
    <message>
        <source>the role %1 is listed twice: describe each role once</source>
        <translation>la función %1 aparece dos veces: describa cada función una sola vez</translation>
    </message>
    <message>
        <source>names no mentor: list at least primary_mentor</source>
        <translation>no nombra ningún mentor/a: indique al menos primary_mentor</translation>
    </message>
    <message>
        <source>the topic %1 belongs to the domain %2: leave &quot;domain&quot; out for catalogue topics</source>
        <translation>el tema %1 pertenece al ámbito %2: omita «domain» en los temas del catálogo</translation>
    </message>
    <message>
        <source>is missing: a topic of the program&apos;s own needs the question it asks</source>
        <translation>falta: un tema propio del programa necesita la pregunta que plantea</translation>
    </message>
    <message>
        <source>the topic %1 is already in %2: put all its clauses in one entry</source>
        <translation>el tema %1 ya está en %2: ponga todas sus cláusulas en una sola entrada</translation>
    </message>
    <message>
        <source>the role %1 is not among the template&apos;s &quot;roles&quot;: add it there</source>
        <translation>la función %1 no está entre los «roles» de la plantilla: añádala allí</translation>
    </message>
    <message>
        <source>a goal belongs to the scholar or a mentor, not the %1</source>
        <translation>una meta pertenece al becario/a o a un mentor/a, no a la función %1</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3 months (the award period of 1 year)</source>
        <translation>%1 está fuera del intervalo permitido: use de %2 a %3 meses (el periodo de la beca de 1 año)</translation>
    </message>
    <message>
        <source>%1 is out of range: use %2 to %3 months (the award period of %4 years)</source>
        <translation>%1 está fuera del intervalo permitido: use de %2 a %3 meses (el periodo de la beca de %4 años)</translation>
    </message>
    <message>
        <source>%1 is not a goal: &quot;goal&quot; counts from 0 in &quot;goals&quot;, which has %2</source>
        <translation>%1 no es una meta: «goal» cuenta desde 0 en «goals», que tiene %2</translation>
    </message>
    <message>
        <source>1 catalogue topic is left out, so compacts made from this template will not prompt for it: %1</source>
        <translation>se omite 1 tema del catálogo, así que los compromisos creados con esta plantilla no lo plantearán: %1</translation>
    </message>
    <message>
        <source>%1 catalogue topics are left out, so compacts made from this template will not prompt for them: %2</source>
        <translation>se omiten %1 temas del catálogo, así que los compromisos creados con esta plantilla no los plantearán: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2: this is not a Mentoring Compact template</source>
        <translation>se esperaba %1 y se encontró %2: esta no es una plantilla de Mentoring Compact</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;: use a key of the topic catalogue such as research.productivity</source>
        <translation>tema desconocido «%1»: use una clave del catálogo de temas, como research.productivity</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;: did you mean %2?: use a key of the topic catalogue such as research.productivity</source>
        <translation>tema desconocido «%1»: ¿quiso decir %2?: use una clave del catálogo de temas, como research.productivity</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;: use a key of the topic catalogue such as research.productivity, or give a &quot;domain&quot; and a &quot;prompt&quot; for a topic of the program&apos;s own</source>
        <translation>tema desconocido «%1»: use una clave del catálogo de temas, como research.productivity, o indique «domain» y «prompt» para un tema propio del programa</translation>
    </message>
    <message>
        <source>unknown topic &quot;%1&quot;: did you mean %2?: use a key of the topic catalogue such as research.productivity, or give a &quot;domain&quot; and a &quot;prompt&quot; for a topic of the program&apos;s own</source>
        <translation>tema desconocido «%1»: ¿quiso decir %2?: use una clave del catálogo de temas, como research.productivity, o indique «domain» y «prompt» para un tema propio del programa</translation>
    </message>
    <message>
        <source>the file is empty: it holds no template</source>
        <translation>el archivo está vacío: no contiene ninguna plantilla</translation>
    </message>
    <message>
        <source>the template could not be read: %1</source>
        <translation>no se pudo leer la plantilla: %1</translation>
    </message>
    <message>
        <source>cannot write %1: the folder is missing or not writable</source>
        <translation>no se puede escribir %1: la carpeta no existe o no se puede escribir en ella</translation>
    </message>
    <message>
        <source>cannot write %1: the disk may be full</source>
        <translation>no se puede escribir %1: puede que el disco esté lleno</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the template file %1 already exists: choose another id, or replace it</source>
        <translation>el archivo de plantilla %1 ya existe: elija otro id o reemplácelo</translation>
    </message>
    <message>
        <source>the id %1 belongs to the built-in template &quot;%2&quot;: choose another id, or replace it to use yours instead</source>
        <translation>el id %1 pertenece a la plantilla incluida «%2»: elija otro id o reemplácela para usar la suya en su lugar</translation>
    </message>
    <message>
        <source>cannot create the template folder %1: %2</source>
        <translation>no se puede crear la carpeta de plantillas %1: %2</translation>
    </message>
    <message>
        <source>is %1 KB: far too large for a template, so it was not read</source>
        <translation>ocupa %1 KB: es demasiado grande para una plantilla, así que no se leyó</translation>
    </message>
    <message>
        <source>cannot be read: check its permissions</source>
        <translation>no se puede leer: revise sus permisos</translation>
    </message>
    <message>
        <source>is not a folder that exists: no templates were read from it</source>
        <translation>no es una carpeta existente: no se leyó ninguna plantilla de ella</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the id %1 is already used by %2: give each template an id of its own</source>
        <translation>el id %1 ya lo usa %2: dé a cada plantilla un id propio</translation>
    </message>
    <message>
        <source>replaces the template %1 of %2</source>
        <translation>reemplaza la plantilla %1 de %2</translation>
    </message>
    <message>
        <source>the id is empty: use lower-case letters, digits and dashes, as in kl2-standard</source>
        <translation>el id está vacío: use letras minúsculas, cifras y guiones, como en kl2-standard</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is longer than %2 characters</source>
        <translation>el id «%1» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may hold only lower-case letters, digits and dashes, as in kl2-standard</source>
        <translation>el id «%1» solo puede contener letras minúsculas, cifras y guiones, como en kl2-standard</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; may not start or end with a dash or have two in a row</source>
        <translation>el id «%1» no puede empezar ni terminar con un guion ni tener dos seguidos</translation>
    </message>
    <message>
        <source>expected %1, found %2: this is not a Mentoring Compact worksheet file</source>
        <translation>se esperaba %1 y se encontró %2: este no es un archivo de hoja de trabajo de Mentoring Compact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a worksheet file: expected &quot;%2&quot;</source>
        <translation>«%1» no es un archivo de hoja de trabajo: se esperaba «%2»</translation>
    </message>
    <message>
        <source>version %1 was written by a newer Mentoring Compact; this one reads up to %2</source>
        <translation>la versión %1 se escribió con un Mentoring Compact más reciente; este lee hasta la %2</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>%1&apos;s worksheet is still a draft: only submitted worksheets can be exported. Submit it first.</source>
        <translation>La hoja de trabajo de %1 sigue siendo un borrador: solo se pueden exportar hojas de trabajo enviadas. Envíela primero.</translation>
    </message>
    <message>
        <source>%1 has no worksheet in the compact &quot;%2&quot; yet.</source>
        <translation>%1 todavía no tiene hoja de trabajo en el compromiso «%2».</translation>
    </message>
    <message>
        <source>the file is marked read-only</source>
        <translation>el archivo está marcado como de solo lectura</translation>
    </message>
    <message>
        <source>you do not have permission to change the file</source>
        <translation>usted no tiene permiso para modificar el archivo</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>se abrió solo para lectura</translation>
    </message>
    <message>
        <source>A review of the compact %1 was given without its compact.</source>
        <translation>Se recibió una revisión del compromiso %1 sin su compromiso.</translation>
    </message>
    <message>
        <source>award year %1 has a review already</source>
        <translation>el año de beca %1 ya tiene una revisión</translation>
    </message>
    <message>
        <source>the signed text does not match its fingerprint</source>
        <translation>el texto firmado no coincide con su huella digital</translation>
    </message>
    <message>
        <source>does not say what was signed (the signed text differs)</source>
        <translation>no dice lo que se firmó (el texto firmado es distinto)</translation>
    </message>
    <message>
        <source>names another text than the review&apos;s</source>
        <translation>corresponde a un texto distinto del de la revisión</translation>
    </message>
    <message>
        <source>a review has the unknown %1 &quot;%2&quot;</source>
        <translation>una revisión tiene un valor desconocido de %1: «%2»</translation>
    </message>
    <message>
        <source>milestone outcome</source>
        <translation>resultado del hito</translation>
    </message>
    <message>
        <source>goal status</source>
        <translation>estado de la meta</translation>
    </message>
    <message>
        <source>expectation verdict</source>
        <translation>decisión sobre la expectativa</translation>
    </message>
    <message>
        <source>the review of award year %1 has the unknown state &quot;%2&quot;</source>
        <translation>la revisión del año de beca %1 tiene el estado desconocido «%2»</translation>
    </message>
    <message>
        <source>There is no review %1 in this workspace.</source>
        <translation>No existe la revisión %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>the review of award year %1 is signed and locked; it can no longer change.</source>
        <translation>la revisión del año de beca %1 está firmada y bloqueada; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>%1 has award years 1 to %2, not %3.</source>
        <translation>%1 tiene los años de beca 1 a %2, no %3.</translation>
    </message>
    <message>
        <source>the review of award year %1 of %2 is already started: open it to go on.</source>
        <translation>la revisión del año de beca %1 de %2 ya está iniciada: ábrala para continuar.</translation>
    </message>
    <message>
        <source>Only the scholar and the mentors reflect on a review; &quot;%1&quot; is not one of the compact&apos;s people.</source>
        <translation>Solo el becario/a y los mentores escriben una reflexión sobre una revisión; «%1» no es una de las personas del compromiso.</translation>
    </message>
    <message>
        <source>Only the scholar and the mentors reflect on a review; %1 is the %2.</source>
        <translation>Solo el becario/a y los mentores escriben una reflexión sobre una revisión; %1 tiene la función de %2.</translation>
    </message>
    <message>
        <source>%1 submitted their reflection on %2: it is locked.</source>
        <translation>%1 envió su reflexión el %2: está bloqueada.</translation>
    </message>
    <message>
        <source>There is no reflection of this person on the review yet: write it first.</source>
        <translation>Esta persona aún no tiene una reflexión sobre la revisión: escríbala primero.</translation>
    </message>
    <message>
        <source>%1 submitted their reflection on %2 already.</source>
        <translation>%1 ya envió su reflexión el %2.</translation>
    </message>
    <message>
        <source>The submission date must be a date not after today (%1).</source>
        <translation>La fecha de envío debe ser una fecha no posterior a hoy (%1).</translation>
    </message>
    <message>
        <source>There is no person %1 in the compact %2: only its people can sign its reviews.</source>
        <translation>No existe la persona %1 en el compromiso %2: solo sus personas pueden firmar sus revisiones.</translation>
    </message>
    <message>
        <source>the review of award year %1 is signed and locked.</source>
        <translation>la revisión del año de beca %1 está firmada y bloqueada.</translation>
    </message>
    <message>
        <source>The typed name &quot;%1&quot; is not the name of the %2 in this compact, &quot;%3&quot;: type the name as the compact has it (case and spaces do not matter).</source>
        <translation>El nombre escrito «%1» no es el de quien tiene el rol «%2» en este compromiso, «%3»: escriba el nombre tal como figura en el compromiso (no importan las mayúsculas ni los espacios).</translation>
    </message>
    <message>
        <source>The signing date must lie between the review (%1) and today (%2).</source>
        <translation>La fecha de firma debe estar entre la revisión (%1) y hoy (%2).</translation>
    </message>
    <message>
        <source>the review of award year %1 cannot be signed yet: %2.</source>
        <translation>la revisión del año de beca %1 aún no se puede firmar: %2.</translation>
    </message>
    <message>
        <source>its signed text no longer matches its fingerprint %1: the file was changed by another program</source>
        <translation>su texto firmado ya no coincide con su huella digital %1: otro programa modificó el archivo</translation>
    </message>
    <message>
        <source>its %1 no longer say what was signed</source>
        <translation>su contenido «%1» ya no dice lo que se firmó</translation>
    </message>
    <message>
        <source>the signature of %1 names another text (%2)</source>
        <translation>la firma de %1 corresponde a otro texto (%2)</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>this compact is signed (version %1); start an amendment to change it</source>
        <translation>este compromiso está firmado (versión %1); inicie una enmienda para cambiarlo</translation>
    </message>
    <message>
        <source>version %1 has the unknown state &quot;%2&quot;</source>
        <translation>la versión %1 tiene el estado desconocido «%2»</translation>
    </message>
    <message>
        <source>a signature has the unknown role &quot;%1&quot;</source>
        <translation>una firma tiene el rol desconocido «%1»</translation>
    </message>
    <message>
        <source>There is no person %1 in the compact %2.</source>
        <translation>No existe la persona %1 en el compromiso %2.</translation>
    </message>
    <message>
        <source>%1 is the program director, who acknowledges a compact: they may sign it but cannot be required to.</source>
        <translation>%1 es el director/a del programa, que toma conocimiento de un compromiso: puede firmarlo, pero no se le puede exigir que lo firme.</translation>
    </message>
    <message>
        <source>%1 is the scholar, who must always sign their compact.</source>
        <translation>%1 es el becario/a, que siempre debe firmar su compromiso.</translation>
    </message>
    <message>
        <source>There is no person %1 in the compact %2: only its people can sign it.</source>
        <translation>No existe la persona %1 en el compromiso %2: solo pueden firmarlo sus integrantes.</translation>
    </message>
    <message>
        <source>The signing date is not a date: give it as YYYY-MM-DD.</source>
        <translation>La fecha de firma no es una fecha: indíquela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The signing date %1 is in the future: today is %2.</source>
        <translation>La fecha de firma %1 está en el futuro: hoy es %2.</translation>
    </message>
    <message>
        <source>The signing date %1 is before the compact was created, on %2.</source>
        <translation>La fecha de firma %1 es anterior a la creación del compromiso, el %2.</translation>
    </message>
    <message>
        <source>The drawn signature has a point outside its 0 to 1000 box.</source>
        <translation>La firma dibujada tiene un punto fuera de su recuadro de 0 a 1000.</translation>
    </message>
    <message>
        <source>%1 signed version %2 on %3, and it is locked.</source>
        <translation>%1 firmó la versión %2 el %3, y está bloqueada.</translation>
    </message>
    <message>
        <source>Version %1 of %2 is not signed yet: change it directly; an amendment starts from a signed version.</source>
        <translation>La versión %1 de %2 aún no está firmada: modifíquela directamente; una enmienda parte de una versión firmada.</translation>
    </message>
    <message>
        <source>There is no version %1 of %2: it has versions 1 to %3.</source>
        <translation>No existe la versión %1 de %2: tiene las versiones 1 a %3.</translation>
    </message>
    <message>
        <source>the compact says it is %1 but holds no signed version: its versions were removed outside Mentoring Compact</source>
        <translation>el compromiso indica el estado «%1», pero no contiene ninguna versión firmada: sus versiones se eliminaron fuera de Mentoring Compact</translation>
    </message>
    <message>
        <source>its versions cannot be read: %1</source>
        <translation>sus versiones no se pueden leer: %1</translation>
    </message>
    <message>
        <source>a compact with the id %1 is already in this workspace, or it has no id</source>
        <translation>ya hay un compromiso con el id %1 en este espacio de trabajo, o no tiene id</translation>
    </message>
    <message>
        <source>cannot read the print layout %1: %2</source>
        <translation>no se puede leer el diseño de impresión %1: %2</translation>
    </message>
    <message>
        <source>the print layout %1 does not parse: %2</source>
        <translation>el diseño de impresión %1 no se puede interpretar: %2</translation>
    </message>
    <message>
        <source>the print layout %1 cannot be filled: %2</source>
        <translation>el diseño de impresión %1 no se puede completar: %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 is a draft that was never signed: only the latest draft can be printed.</source>
        <translation>La versión %1 de %2 es un borrador que nunca se firmó: solo se puede imprimir el último borrador.</translation>
    </message>
    <message>
        <source>the compact has no valid award period</source>
        <translation>el compromiso no tiene un periodo de beca válido</translation>
    </message>
    <message>
        <source>the award has years 1 to %1, not %2</source>
        <translation>la beca tiene los años 1 a %1, no el %2</translation>
    </message>
    <message>
        <source>award year %1 has no review yet</source>
        <translation>el año de beca %1 aún no tiene revisión</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or open it instead.</source>
        <translation>%1 ya existe: elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2): the disk may be full or gone; the workspace was not created.</source>
        <translation>No se pudo escribir %1 (%2): puede que el disco esté lleno o ya no esté disponible; el espacio de trabajo no se creó.</translation>
    </message>
    <message>
        <source>%1 cannot be created (%2).</source>
        <translation>%1 no se puede crear (%2).</translation>
    </message>
    <message>
        <source>The workspace name is empty: give the workspace a name.</source>
        <translation>El nombre del espacio de trabajo está vacío: dele un nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>the workspace name is empty</source>
        <translation>el nombre del espacio de trabajo está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC timestamp</source>
        <translation>«%1» no es una marca de tiempo UTC</translation>
    </message>
    <message>
        <source>%1 already holds compacts: its identity cannot be replaced.</source>
        <translation>%1 ya contiene compromisos: su identidad no se puede reemplazar.</translation>
    </message>
    <message>
        <source>The compact id &quot;%1&quot; is too short: give at least 4 characters.</source>
        <translation>El id de compromiso «%1» es demasiado corto: indique al menos 4 caracteres.</translation>
    </message>
    <message>
        <source>There is no compact with an id starting &quot;%1&quot; in %2.</source>
        <translation>No hay ningún compromiso con un id que empiece por «%1» en %2.</translation>
    </message>
    <message>
        <source>Several compacts have an id starting &quot;%1&quot;: give more characters.</source>
        <translation>Varios compromisos tienen un id que empieza por «%1»: indique más caracteres.</translation>
    </message>
    <message>
        <source>There is no person %1 in this compact.</source>
        <translation>No existe la persona %1 en este compromiso.</translation>
    </message>
    <message>
        <source>The workspace holds an unknown %1 &quot;%2&quot;: it may have been written by a newer version.</source>
        <translation>El espacio de trabajo contiene un valor desconocido de %1, «%2»: puede haberlo escrito una versión más reciente.</translation>
    </message>
    <message>
        <source>compact status</source>
        <translation>estado del compromiso</translation>
    </message>
    <message>
        <source>expectation state</source>
        <translation>estado de la expectativa</translation>
    </message>
    <message>
        <source>goal horizon</source>
        <translation>horizonte de la meta</translation>
    </message>
    <message>
        <source>milestone kind</source>
        <translation>tipo de hito</translation>
    </message>
    <message>
        <source>milestone status</source>
        <translation>estado del hito</translation>
    </message>
    <message>
        <source>meeting cadence</source>
        <translation>frecuencia de las reuniones</translation>
    </message>
    <message>
        <source>The %1 %2 belongs to %3.</source>
        <translation>El id %2 (%1) ya pertenece a %3.</translation>
    </message>
    <message>
        <source>another compact</source>
        <translation>otro compromiso</translation>
    </message>
    <message>
        <source>a compact already in this workspace</source>
        <translation>un compromiso que ya está en este espacio de trabajo</translation>
    </message>
    <message>
        <source>meeting plan of the compact</source>
        <translation>plan de reuniones del compromiso</translation>
    </message>
    <message>
        <source>a compact that has one already</source>
        <translation>un compromiso que ya tiene uno</translation>
    </message>
    <message>
        <source>worksheet status</source>
        <translation>estado de la hoja de trabajo</translation>
    </message>
    <message>
        <source>There is no worksheet %1 in %2.</source>
        <translation>No existe la hoja de trabajo %1 en %2.</translation>
    </message>
    <message>
        <source>the worksheet %1 belongs to no compact being imported</source>
        <translation>la hoja de trabajo %1 no pertenece a ningún compromiso de los que se importan</translation>
    </message>
    <message>
        <source>a draft: only submitted worksheets can be imported</source>
        <translation>es un borrador: solo se pueden importar hojas de trabajo enviadas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the scholar or a mentor of this compact</source>
        <translation>«%1» no es el becario/a ni un mentor/a de este compromiso</translation>
    </message>
    <message>
        <source>cannot compute a SHA-256 digest: OpenSSL&apos;s libcrypto could not be loaded (%1)</source>
        <translation>no se puede calcular un resumen SHA-256: no se pudo cargar libcrypto de OpenSSL (%1)</translation>
    </message>
</context>
<context>
    <name>mc::ui</name>
    <message>
        <source>Mentoring compact workspaces (*.compact)</source>
        <translation>Espacios de trabajo de Mentoring Compact (*.compact)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Mentoring Compact</source>
        <translation>Mentoring Compact</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Version %1, signed %2</source>
        <translation>Versión %1, firmada el %2</translation>
    </message>
    <message>
        <source>Version %1, draft</source>
        <translation>Versión %1, borrador</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(la más reciente)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>&amp;Version to print:</source>
        <translation>&amp;Versión que imprimir:</translation>
    </message>
    <message>
        <source>Writing the PDFs…</source>
        <translation>Escribiendo los PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Signed Compacts</source>
        <translation>Exportar compromisos firmados</translation>
    </message>
    <message>
        <source>Import workspace or JSON</source>
        <translation>Importar espacio de trabajo o JSON</translation>
    </message>
    <message>
        <source>Workspaces and JSON exports (*.compact *.json);;All files (*)</source>
        <translation>Espacios de trabajo y exportaciones JSON (*.compact *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>No se importó %1:
%2</translation>
    </message>
    <message>
        <source>Imported %1: %2 compact(s) added, %3 updated, %4 conflict(s) flagged</source>
        <translation>Importado %1: compromisos añadidos: %2; actualizados: %3; conflictos marcados: %4</translation>
    </message>
</context>
<context>
    <name>mc::ui::AboutDialog</name>
    <message>
        <source>About Mentoring Compact</source>
        <translation>Acerca de Mentoring Compact</translation>
    </message>
    <message>
        <source>Mentoring Compact</source>
        <translation>Mentoring Compact</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Scholars and mentors write down what they expect of each other, agree on goals and milestones, and review them every year.</source>
        <translation>Becarios y mentores ponen por escrito lo que esperan unos de otros, acuerdan metas e hitos y los revisan cada año.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0. This program comes with no warranty.</source>
        <translation>Distribuido bajo la licencia Apache, versión 2.0. Este programa no ofrece ninguna garantía.</translation>
    </message>
</context>
<context>
    <name>mc::ui::AchievementChart</name>
    <message>
        <source>Milestones achieved by kind and award year</source>
        <translation>Hitos alcanzados por tipo y año de beca</translation>
    </message>
    <message>
        <source>Milestones achieved, by award year</source>
        <translation>Hitos alcanzados, por año de beca</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzados</translation>
    </message>
    <message>
        <source>%1: %2 of %3 due achieved (%4 missed)</source>
        <translation>%1: %2 alcanzados de %3 que vencían (%4 no alcanzados)</translation>
    </message>
    <message>
        <source>No award year has started for the compacts shown.</source>
        <translation>No ha empezado ningún año de beca de los compromisos mostrados.</translation>
    </message>
    <message>
        <source>No milestone was due in the award years so far.</source>
        <translation>Ningún hito vencía en los años de beca transcurridos.</translation>
    </message>
    <message>
        <source>All years: %1.</source>
        <translation>Todos los años: %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3 achieved, %4 missed, of %5 due</source>
        <translation>%1, %2: %3 alcanzados, %4 no alcanzados, de %5 que vencían</translation>
    </message>
</context>
<context>
    <name>mc::ui::AlignmentChart</name>
    <message>
        <source>Alignment of expectations by domain</source>
        <translation>Alineación de las expectativas por ámbito</translation>
    </message>
    <message>
        <source>Worksheet topics compared, by domain</source>
        <translation>Temas de las hojas de trabajo comparados, por ámbito</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Alineados</translation>
    </message>
    <message>
        <source>Minor gap</source>
        <translation>Diferencia leve</translation>
    </message>
    <message>
        <source>Major gap</source>
        <translation>Diferencia grave</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>No compact shown has two submitted worksheets to compare yet.</source>
        <translation>Ningún compromiso mostrado tiene aún dos hojas de trabajo enviadas que comparar.</translation>
    </message>
    <message>
        <source>%1 of %2 topics compared are apart.</source>
        <translation>Hay diferencias en %1 de los %2 temas comparados.</translation>
    </message>
</context>
<context>
    <name>mc::ui::AlignmentPage</name>
    <message>
        <source>Heat map: how far apart each person is, by domain</source>
        <translation>Mapa de calor: cuánto difiere cada persona, por ámbito</translation>
    </message>
    <message>
        <source>Topics, largest gap first</source>
        <translation>Temas, de mayor a menor diferencia</translation>
    </message>
    <message>
        <source>Choose a topic above to see what each side wrote.</source>
        <translation>Elija un tema arriba para ver lo que escribió cada parte.</translation>
    </message>
    <message>
        <source>Agreed clause</source>
        <translation>Cláusula acordada</translation>
    </message>
    <message>
        <source>The wording both sides agree on</source>
        <translation>La redacción que ambas partes aceptan</translation>
    </message>
    <message>
        <source>A&amp;greed clause:</source>
        <translation>Cláusula a&amp;cordada:</translation>
    </message>
    <message>
        <source>Who expects it of whom</source>
        <translation>Quién lo espera de quién</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Add to compact</source>
        <translation>Añadir al co&amp;mpromiso</translation>
    </message>
    <message>
        <source>Add the clause to the compact&apos;s expectations as negotiated and agreed, linked to these answers (Undo removes it)</source>
        <translation>Añadir la cláusula a las expectativas del compromiso como negociada y acordada, vinculada a estas respuestas (Deshacer la quita)</translation>
    </message>
    <message>
        <source>E&amp;xport alignment…</source>
        <translation>E&amp;xportar alineación…</translation>
    </message>
    <message>
        <source>Save the alignment summary as a CSV or JSON file</source>
        <translation>Guardar el resumen de la alineación como archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>The comparison appears here once at least two people have submitted their worksheets.</source>
        <translation>La comparación aparece aquí cuando al menos dos personas han enviado sus hojas de trabajo.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (el %2)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>The comparison appears here once at least two people have submitted their worksheets (on the Worksheet page).

Submitted: %1.
Not submitted yet: %2.</source>
        <translation>La comparación aparece aquí cuando al menos dos personas han enviado sus hojas de trabajo (en la página Hoja de trabajo).

Enviadas: %1.
Aún sin enviar: %2.</translation>
    </message>
    <message>
        <source>Comparing the submitted worksheets of %1. Domains with a major gap: %2; with a minor gap: %3. Start with the topics at the top of the list.</source>
        <translation>Se comparan las hojas de trabajo enviadas de %1. Ámbitos con diferencias graves: %2; con diferencias leves: %3. Empiece por los temas de la parte superior de la lista.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Responsibility not answered</source>
        <translation>Responsabilidad sin responder</translation>
    </message>
    <message>
        <source>importance not answered</source>
        <translation>importancia sin responder</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>importancia %1</translation>
    </message>
    <message>
        <source>Not on their worksheet</source>
        <translation>No figura en su hoja de trabajo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(no escribió nada)</translation>
    </message>
    <message>
        <source>What %1 wrote</source>
        <translation>Lo que escribió %1</translation>
    </message>
    <message>
        <source>%1 alignment.csv</source>
        <translation>%1 alineación.csv</translation>
    </message>
    <message>
        <source>Export alignment</source>
        <translation>Exportar alineación</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The alignment summary was exported to %1.</source>
        <translation>El resumen de la alineación se exportó a %1.</translation>
    </message>
</context>
<context>
    <name>mc::ui::BatchExportDialog</name>
    <message>
        <source>Export Signed Compacts</source>
        <translation>Exportar compromisos firmados</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Year signed</source>
        <translation>Año de la firma</translation>
    </message>
    <message>
        <source>The year the latest signed version of the compact was signed (not its start year: the cohort is that).</source>
        <translation>El año en que se firmó la última versión firmada del compromiso (no su año de inicio: eso es la cohorte).</translation>
    </message>
    <message>
        <source>Which signed compacts</source>
        <translation>Qué compromisos firmados</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Year signed:</source>
        <translation>&amp;Año de la firma:</translation>
    </message>
    <message>
        <source>Signed compacts that match</source>
        <translation>Compromisos firmados que coinciden</translation>
    </message>
    <message>
        <source>&amp;One PDF with every compact</source>
        <translation>&amp;Un PDF con todos los compromisos</translation>
    </message>
    <message>
        <source>One PDF &amp;file per compact</source>
        <translation>Un archivo PDF p&amp;or compromiso</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>No signed compact matches</source>
        <translation>Ningún compromiso firmado coincide</translation>
    </message>
    <message>
        <source>1 signed compact matches</source>
        <translation>Coincide 1 compromiso firmado</translation>
    </message>
    <message>
        <source>%1 signed compacts match</source>
        <translation>Coinciden %1 compromisos firmados</translation>
    </message>
    <message>
        <source>%1 — %2, cohort %3, version %4 signed in %5</source>
        <translation>%1 — %2, cohorte %3, versión %4 firmada en %5</translation>
    </message>
    <message>
        <source>Save to is empty: choose a folder for the PDFs</source>
        <translation>Guardar en está vacío: elija una carpeta para los PDF</translation>
    </message>
    <message>
        <source>Save to is empty: choose a .pdf file</source>
        <translation>Guardar en está vacío: elija un archivo .pdf</translation>
    </message>
    <message>
        <source>Save to is a file, not a folder</source>
        <translation>Guardar en es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Save to does not exist yet: it will be created</source>
        <translation>Guardar en aún no existe: se creará</translation>
    </message>
    <message>
        <source>Save to is a folder: add a file name ending in .pdf</source>
        <translation>Guardar en es una carpeta: añada un nombre de archivo terminado en .pdf</translation>
    </message>
    <message>
        <source>Save to: the folder %1 does not exist</source>
        <translation>Guardar en: la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Carpeta para los PDF</translation>
    </message>
</context>
<context>
    <name>mc::ui::ClauseDialog</name>
    <message>
        <source>Add clause</source>
        <translation>Añadir cláusula</translation>
    </message>
    <message>
        <source>Edit clause</source>
        <translation>Editar cláusula</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Other topic…</source>
        <translation>Otro tema…</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Topic of your own</source>
        <translation>Tema propio</translation>
    </message>
    <message>
        <source>Name a topic of your own</source>
        <translation>Ponga nombre a un tema propio</translation>
    </message>
    <message>
        <source>Topic &amp;name:</source>
        <translation>&amp;Nombre del tema:</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>What is expected, and of whom</source>
        <translation>Qué se espera y de quién</translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation>&amp;Cláusula:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>O&amp;rigin:</source>
        <translation>O&amp;rigen:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Who owes this to whom: what the scholar expects of the mentor, what the mentor expects of the scholar, or what both owe each other. Clauses often come in mirrored pairs: the mentor reads a draft promptly, the scholar hands it over early enough.</source>
        <translation>Quién debe esto a quién: lo que el becario/a espera del mentor/a, lo que el mentor/a espera del becario/a, o lo que ambos se deben. Las cláusulas suelen ir en parejas que se reflejan: el mentor/a lee un borrador sin demora, el becario/a lo entrega con suficiente antelación.</translation>
    </message>
    <message>
        <source>Where the clause came from: a prompt of the template, the scholar&apos;s worksheet, the mentor&apos;s, or the conversation between them.</source>
        <translation>De dónde viene la cláusula: una pregunta de la plantilla, la hoja de trabajo del becario/a, la del mentor/a, o la conversación entre ambos.</translation>
    </message>
    <message>
        <source>How far the clause has come: proposed by one side, talked over, agreed by both, or dropped. Only agreed clauses are what both sign; a dropped one stays visible so nobody wonders where it went.</source>
        <translation>Hasta dónde ha llegado la cláusula: propuesta por una parte, debatida, acordada por ambas o descartada. Solo las cláusulas acordadas son lo que ambos firman; una descartada sigue visible para que nadie se pregunte dónde fue a parar.</translation>
    </message>
</context>
<context>
    <name>mc::ui::CloseCompactDialog</name>
    <message>
        <source>Close and Archive Compact</source>
        <translation>Cerrar y archivar el compromiso</translation>
    </message>
    <message>
        <source>Closing ends the formal mentoring relationship of &quot;%1&quot;. Everything stays in the workspace (versions, signatures, reviews, the meeting log); the compact leaves the working list and can be reopened.</source>
        <translation>Al cerrarlo termina la relación formal de mentoría de «%1». Todo se conserva en el espacio de trabajo (versiones, firmas, revisiones, registro de reuniones); el compromiso sale de la lista de trabajo y se puede reabrir.</translation>
    </message>
    <message>
        <source>Day the compact ended</source>
        <translation>Día en que terminó el compromiso</translation>
    </message>
    <message>
        <source>Why the compact ended</source>
        <translation>Por qué terminó el compromiso</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Nota de cierre</translation>
    </message>
    <message>
        <source>How the scholar will still be supported, what was agreed…</source>
        <translation>Cómo se seguirá apoyando al becario/a, qué se acordó…</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Terminó el:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Close and Archive</source>
        <translation>Cerrar y archivar</translation>
    </message>
    <message>
        <source>The compact started on %1: it cannot end before that.</source>
        <translation>El compromiso empezó el %1: no puede terminar antes.</translation>
    </message>
    <message>
        <source>That day is still to come: close a compact on or after the day it ended.</source>
        <translation>Ese día aún no ha llegado: cierre el compromiso el día en que terminó o después.</translation>
    </message>
    <message>
        <source>Why the formal relationship ends: the award was completed, the scholar became independent, left the program, or changed mentors. The compact is kept, read-only, with this reason.</source>
        <translation>Por qué termina la relación formal: se completó la beca, el becario/a se independizó, dejó el programa o cambió de mentor/a. El compromiso se conserva, en solo lectura, con este motivo.</translation>
    </message>
</context>
<context>
    <name>mc::ui::CohortCharts</name>
    <message>
        <source>Cohort charts</source>
        <translation>Gráficos de la cohorte</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Hitos</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>Al&amp;ignment</source>
        <translation>A&amp;lineación</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>C&amp;ronología</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Satisfacción</translation>
    </message>
</context>
<context>
    <name>mc::ui::CompactGuideDialog</name>
    <message>
        <source>How a compact works</source>
        <translation>Cómo funciona un compromiso</translation>
    </message>
    <message>
        <source>A mentoring compact is a written agreement between a scholar and their mentors. Its purpose is simple: what each side quietly assumes becomes something both have said out loud and agreed to.</source>
        <translation>Un compromiso de mentoría es un acuerdo escrito entre un becario/a y sus mentores. Su propósito es sencillo: lo que cada parte da por supuesto en silencio se convierte en algo que ambas han dicho en voz alta y han acordado.</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Quién participa</translation>
    </message>
    <message>
        <source>The scholar: the junior investigator the compact is written for. The scholar owns the career goals, reports progress and signs.</source>
        <translation>El becario/a: el investigador/a en formación para quien se escribe el compromiso. Es dueño/a de sus metas profesionales, informa de sus avances y firma.</translation>
    </message>
    <message>
        <source>The primary mentor: the senior investigator who guides the work, says what they provide and what they expect, and signs.</source>
        <translation>El mentor/a principal: el investigador/a sénior que guía el trabajo, dice qué aporta y qué espera, y firma.</translation>
    </message>
    <message>
        <source>Co-mentors, secondary and career mentors: the rest of the mentoring team. Each has responsibilities of their own, so everyone knows who does what.</source>
        <translation>Comentores, mentores secundarios y de carrera: el resto del equipo de mentoría. Cada uno tiene sus propias responsabilidades, para que todos sepan quién hace qué.</translation>
    </message>
    <message>
        <source>The department chair, when needed: acknowledges the plan, above all the scholar&apos;s protected research time.</source>
        <translation>El jefe/a de departamento, cuando hace falta: toma conocimiento del plan, sobre todo del tiempo protegido de investigación del becario/a.</translation>
    </message>
    <message>
        <source>The program director: sets the program&apos;s expectations, keeps the signed compacts and runs the yearly reviews.</source>
        <translation>El director/a del programa: fija las expectativas del programa, guarda los compromisos firmados y organiza las revisiones anuales.</translation>
    </message>
    <message>
        <source>Goals, milestones and expectations</source>
        <translation>Metas, hitos y expectativas</translation>
    </message>
    <message>
        <source>These three words mean different things here.</source>
        <translation>Aquí estas tres palabras significan cosas distintas.</translation>
    </message>
    <message>
        <source>A goal is a result someone is working toward, such as becoming an independent investigator. Scholars and mentors both have goals.</source>
        <translation>Una meta es un resultado por el que alguien trabaja, como llegar a ser investigador/a independiente. Tanto becarios como mentores tienen metas.</translation>
    </message>
    <message>
        <source>A milestone is an important event on the way, with a due date and a person responsible: submitting a first large grant, publishing a paper. A missed milestone stays in the record as something to learn from.</source>
        <translation>Un hito es un acontecimiento importante en el camino, con fecha límite y una persona responsable: presentar la primera gran solicitud de subvención, publicar un artículo. Un hito no alcanzado queda en el registro como algo de lo que aprender.</translation>
    </message>
    <message>
        <source>An expectation is what one side counts on from the other, or what both owe each other. Each has a direction: what the scholar expects of the mentor, what the mentor expects of the scholar, or both.</source>
        <translation>Una expectativa es lo que una parte espera de la otra, o lo que ambas se deben. Cada una tiene una dirección: lo que el becario/a espera del mentor/a, lo que el mentor/a espera del becario/a, o ambas cosas.</translation>
    </message>
    <message>
        <source>The six domains</source>
        <translation>Los seis ámbitos</translation>
    </message>
    <message>
        <source>Expectations are grouped in six domains. Each domain offers topics as prompts, so that the pair talks about what they might otherwise leave unsaid.</source>
        <translation>Las expectativas se agrupan en seis ámbitos. Cada ámbito propone temas como punto de partida, para que la pareja hable de lo que, si no, quizá callaría.</translation>
    </message>
    <message>
        <source>Research: knowledge of the field, methods, productivity, the way to independence, responsible conduct.</source>
        <translation>Investigación: conocimiento del campo, métodos, productividad, el camino hacia la independencia, conducta responsable.</translation>
    </message>
    <message>
        <source>Education: courses, seminars and workshops that fill gaps in training.</source>
        <translation>Formación: cursos, seminarios y talleres que cubren lagunas en la formación.</translation>
    </message>
    <message>
        <source>Professional development and career advancement: writing, speaking, managing projects, promotion criteria, networking, other career paths.</source>
        <translation>Desarrollo profesional y avance en la carrera: redacción, oratoria, gestión de proyectos, criterios de promoción, contactos profesionales, otras trayectorias.</translation>
    </message>
    <message>
        <source>Support: protected time, space and resources, access to experts and committees, advocacy.</source>
        <translation>Apoyo: tiempo protegido, espacio y recursos, acceso a expertos y comités, defensa de sus intereses.</translation>
    </message>
    <message>
        <source>Communication: how often to meet, what to prepare, progress reports, feedback in both directions, ground rules.</source>
        <translation>Comunicación: con qué frecuencia reunirse, qué preparar, informes de avance, comentarios en ambas direcciones, normas básicas.</translation>
    </message>
    <message>
        <source>Personal conduct and relations: ethics, respect for diversity, handling conflict, giving credit for shared work.</source>
        <translation>Conducta personal y relaciones: ética, respeto a la diversidad, gestión de conflictos, reconocimiento del trabajo compartido.</translation>
    </message>
    <message>
        <source>How a compact is made</source>
        <translation>Cómo se elabora un compromiso</translation>
    </message>
    <message>
        <source>Prepare: choose the people and the program, and open a compact for them.</source>
        <translation>Preparar: elegir a las personas y el programa, y abrir un compromiso para ellas.</translation>
    </message>
    <message>
        <source>Write separately: the scholar and the mentor each write down what they expect of the other and what they think is expected of them. Doing this apart lets the scholar speak freely.</source>
        <translation>Escribir por separado: el becario/a y el mentor/a anotan cada uno lo que esperan del otro y lo que creen que se espera de ellos. Hacerlo por separado permite al becario/a expresarse con libertad.</translation>
    </message>
    <message>
        <source>Compare: put the two views side by side and see where they agree, where they differ and what only one side raised.</source>
        <translation>Comparar: poner las dos visiones una al lado de la otra y ver en qué coinciden, en qué difieren y qué planteó solo una de las partes.</translation>
    </message>
    <message>
        <source>Agree: talk it through and write the agreed expectations, goals and milestones. A template is only a starting point.</source>
        <translation>Acordar: hablarlo a fondo y escribir las expectativas, metas e hitos acordados. Una plantilla es solo un punto de partida.</translation>
    </message>
    <message>
        <source>Sign: the scholar, the mentors and, where needed, the chair sign the compact.</source>
        <translation>Firmar: el becario/a, los mentores y, cuando hace falta, el jefe/a de departamento firman el compromiso.</translation>
    </message>
    <message>
        <source>Review every year: look at the milestones reached, missed or moved, revise the goals for the coming year, and keep, drop or change expectations. Changes become an amendment that is signed again.</source>
        <translation>Revisar cada año: repasar los hitos alcanzados, no alcanzados o aplazados, revisar las metas del año siguiente y mantener, descartar o cambiar expectativas. Los cambios forman una enmienda que se vuelve a firmar.</translation>
    </message>
</context>
<context>
    <name>mc::ui::CompactListModel</name>
    <message>
        <source>Untitled compact</source>
        <translation>Compromiso sin título</translation>
    </message>
    <message>
        <source>Review overdue: year %1 was due %2</source>
        <translation>Revisión vencida: la del año %1 vencía el %2</translation>
    </message>
    <message>
        <source>Next review: %1 (year %2)</source>
        <translation>Próxima revisión: %1 (año %2)</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Mentores: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
</context>
<context>
    <name>mc::ui::CompactListPanel</name>
    <message>
        <source>Search scholar, mentor or program</source>
        <translation>Buscar becario/a, mentor/a o programa</translation>
    </message>
    <message>
        <source>Search compacts</source>
        <translation>Buscar compromisos</translation>
    </message>
    <message>
        <source>Find a compact (Ctrl+F)</source>
        <translation>Buscar un compromiso (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Show compacts with status</source>
        <translation>Mostrar los compromisos con el estado</translation>
    </message>
    <message>
        <source>All but archived</source>
        <translation>Todos salvo los archivados</translation>
    </message>
    <message>
        <source>All, archived too</source>
        <translation>Todos, también los archivados</translation>
    </message>
    <message>
        <source>B&amp;y status:</source>
        <translation>Por estad&amp;o:</translation>
    </message>
    <message>
        <source>Compacts</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>No compacts yet</source>
        <translation>Aún no hay compromisos</translation>
    </message>
    <message>
        <source>Compacts: %1</source>
        <translation>Compromisos: %1</translation>
    </message>
    <message>
        <source>Compacts: %1 of %2 shown</source>
        <translation>Compromisos: se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>mc::ui::CompactView</name>
    <message>
        <source>Choose a compact on the left.</source>
        <translation>Elija un compromiso a la izquierda.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Could not show this compact.

%1</source>
        <translation>No se pudo mostrar este compromiso.

%1</translation>
    </message>
    <message>
        <source>Signed version %1: start an amendment to change it (Signatures page).</source>
        <translation>Versión %1 firmada: inicie una enmienda para cambiarla (página Firmas).</translation>
    </message>
</context>
<context>
    <name>mc::ui::DashboardModel</name>
    <message>
        <source>Scholar</source>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzados</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Última reunión</translation>
    </message>
    <message>
        <source>Who has not signed the latest version yet</source>
        <translation>Quién no ha firmado aún la última versión</translation>
    </message>
    <message>
        <source>The next yearly review, or the one overdue (in red)</source>
        <translation>La próxima revisión anual, o la vencida (en rojo)</translation>
    </message>
    <message>
        <source>Milestones planned or moved whose due date has passed</source>
        <translation>Hitos previstos o aplazados cuya fecha límite ha pasado</translation>
    </message>
    <message>
        <source>Milestones achieved</source>
        <translation>Hitos alcanzados</translation>
    </message>
    <message>
        <source>Milestones in all</source>
        <translation>Hitos en total</translation>
    </message>
    <message>
        <source>Worksheet topics where the scholar and mentors are apart</source>
        <translation>Temas de la hoja de trabajo en los que becario/a y mentores difieren</translation>
    </message>
    <message>
        <source>The last meeting logged (in red when meetings are late for the plan)</source>
        <translation>La última reunión registrada (en rojo cuando las reuniones van con retraso respecto al plan)</translation>
    </message>
    <message>
        <source>Untitled compact</source>
        <translation>Compromiso sin título</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Firmado (versión %1)</translation>
    </message>
    <message>
        <source>None required</source>
        <translation>No se requiere ninguna</translation>
    </message>
    <message>
        <source>%1 missing: %2</source>
        <translation>Faltan %1: %2</translation>
    </message>
    <message>
        <source>Overdue: year %1</source>
        <translation>Vencida: año %1</translation>
    </message>
    <message>
        <source>Overdue: year %1, due %2</source>
        <translation>Vencida: año %1, vencía el %2</translation>
    </message>
    <message>
        <source>%1 (year %2)</source>
        <translation>%1 (año %2)</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>No queda ninguna</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Sin comparar</translation>
    </message>
    <message>
        <source>None logged</source>
        <translation>Ninguna registrada</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>Hace %1 días</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Mentores: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
        <source>Review overdue: year %1 was due %2</source>
        <translation>Revisión vencida: la del año %1 vencía el %2</translation>
    </message>
    <message>
        <source>Award years without a signed review: %1</source>
        <translation>Años de beca sin revisión firmada: %1</translation>
    </message>
    <message>
        <source>Next review: %1 (year %2)</source>
        <translation>Próxima revisión: %1 (año %2)</translation>
    </message>
    <message>
        <source>Late: no meeting for more than twice the plan&apos;s %1 days</source>
        <translation>Con retraso: ninguna reunión en más del doble de los %1 días del plan</translation>
    </message>
    <message>
        <source>Late: no meeting logged since the start, and the plan asks for one every %1 days</source>
        <translation>Con retraso: ninguna reunión registrada desde el inicio, y el plan pide una cada %1 días</translation>
    </message>
    <message>
        <source>Version %1 is not signed yet by: %2</source>
        <translation>Versión %1, aún sin la firma de: %2</translation>
    </message>
    <message>
        <source>%1 of %2 apart (%3 major)</source>
        <translation>%1 de %2 con diferencias (%3 graves)</translation>
    </message>
    <message>
        <source>%1 of %2 apart</source>
        <translation>%1 de %2 con diferencias</translation>
    </message>
    <message>
        <source>Worksheet topics compared: %1; apart: %2, of which major gaps: %3</source>
        <translation>Temas de las hojas de trabajo comparados: %1; con diferencias: %2, de ellos con diferencias graves: %3</translation>
    </message>
    <message>
        <source>Fewer than two worksheets submitted</source>
        <translation>Menos de dos hojas de trabajo enviadas</translation>
    </message>
</context>
<context>
    <name>mc::ui::DashboardPage</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>The measures of the program and cohort chosen, one row per compact and award year, for Excel or REDCap</source>
        <translation>Los indicadores del programa y la cohorte elegidos, una fila por compromiso y año de beca, para Excel o REDCap</translation>
    </message>
    <message>
        <source>Export &amp;report PDF…</source>
        <translation>Exportar &amp;informe PDF…</translation>
    </message>
    <message>
        <source>The cohort report of the program and cohort chosen, for funders</source>
        <translation>El informe de la cohorte del programa y la cohorte elegidos, para los financiadores</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Show the compacts of program</source>
        <translation>Mostrar los compromisos del programa</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Show the compacts of cohort</source>
        <translation>Mostrar los compromisos de la cohorte</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>Show the compacts with status</source>
        <translation>Mostrar los compromisos con el estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Only what needs a&amp;ttention</source>
        <translation>Solo lo que requiere ate&amp;nción</translation>
    </message>
    <message>
        <source>Compacts with a signature missing, a yearly review or a milestone overdue, or meetings late for their plan</source>
        <translation>Compromisos a los que les falta una firma, con una revisión anual o un hito vencidos, o con reuniones atrasadas respecto a su plan</translation>
    </message>
    <message>
        <source>Scholar, mentor or title</source>
        <translation>Becario/a, mentor/a o título</translation>
    </message>
    <message>
        <source>Find compacts by scholar, mentor or title</source>
        <translation>Buscar compromisos por becario/a, mentor/a o título</translation>
    </message>
    <message>
        <source>Compacts of the workspace</source>
        <translation>Compromisos del espacio de trabajo</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>No se pudo leer el panel: %1</translation>
    </message>
    <message>
        <source>This workspace holds no compacts yet.</source>
        <translation>Este espacio de trabajo aún no contiene compromisos.</translation>
    </message>
    <message>
        <source>1 compact</source>
        <translation>1 compromiso</translation>
    </message>
    <message>
        <source>%1 compacts</source>
        <translation>%1 compromisos</translation>
    </message>
    <message>
        <source>%1 of 1 compact</source>
        <translation>%1 de 1 compromiso</translation>
    </message>
    <message>
        <source>%1 of %2 compacts</source>
        <translation>%1 de %2 compromisos</translation>
    </message>
    <message>
        <source>Export measures as CSV</source>
        <translation>Exportar indicadores como CSV</translation>
    </message>
    <message>
        <source>measures.csv</source>
        <translation>indicadores.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>Exported the measures (%1 rows) to %2.</source>
        <translation>Se exportaron los indicadores (%1 filas) a %2.</translation>
    </message>
    <message>
        <source>Export the cohort report as PDF</source>
        <translation>Exportar el informe de la cohorte como PDF</translation>
    </message>
    <message>
        <source>cohort-report.pdf</source>
        <translation>informe-cohorte.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the cohort report to %1.</source>
        <translation>Se exportó el informe de la cohorte a %1.</translation>
    </message>
    <message>
        <source>Could not export the cohort report to %1: %2</source>
        <translation>No se pudo exportar el informe de la cohorte a %1: %2</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Settle the flagged merge conflicts</source>
        <translation>Resolver los conflictos de fusión marcados</translation>
    </message>
    <message>
        <source>Merge conflicts kept both of and flagged at import: keep ours or take theirs</source>
        <translation>Conflictos de fusión de los que se conservaron ambos valores y se marcaron al importar: conservar el nuestro o tomar el suyo</translation>
    </message>
    <message>
        <source>1 flagged conflict…</source>
        <translation>1 conflicto marcado…</translation>
    </message>
    <message>
        <source>%1 flagged conflicts…</source>
        <translation>%1 conflictos marcados…</translation>
    </message>
</context>
<context>
    <name>mc::ui::ExpectationsModel</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <source>Scholar</source>
        <translation>Becario/a</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>A topic of your own: say what you expect about it.</source>
        <translation>Un tema propio: diga qué espera al respecto.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>1 clause</source>
        <translation>1 cláusula</translation>
    </message>
    <message>
        <source>%1 clauses</source>
        <translation>%1 cláusulas</translation>
    </message>
    <message>
        <source>Topic and clause</source>
        <translation>Tema y cláusula</translation>
    </message>
    <message>
        <source>Expected of</source>
        <translation>Se espera de</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>mc::ui::ExpectationsPage</name>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>Expectation domains</source>
        <translation>Ámbitos de las expectativas</translation>
    </message>
    <message>
        <source>D&amp;omains</source>
        <translation>Á&amp;mbitos</translation>
    </message>
    <message>
        <source>Topics and clauses</source>
        <translation>Temas y cláusulas</translation>
    </message>
    <message>
        <source>&amp;Clauses</source>
        <translation>&amp;Cláusulas</translation>
    </message>
    <message>
        <source>&amp;Add clause…</source>
        <translation>Añad&amp;ir cláusula…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Di&amp;rection</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move clause</source>
        <translation>Mover cláusula</translation>
    </message>
</context>
<context>
    <name>mc::ui::FlaggedConflictsDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Flagged conflicts</source>
        <translation>Conflictos marcados</translation>
    </message>
    <message>
        <source>At import, both sides changed these differently. This workspace kept its own value and flagged each one to settle here: keep ours, or take the other file&apos;s value. Settling is final: Edit &gt; Undo does not take it back.</source>
        <translation>Al importar, ambas partes cambiaron esto de forma distinta. Este espacio de trabajo conservó su propio valor y marcó cada uno para resolverlo aquí: conservar el nuestro o tomar el valor del otro archivo. La resolución es definitiva: Editar &gt; Deshacer no la revierte.</translation>
    </message>
    <message>
        <source>No flagged conflicts.</source>
        <translation>No hay conflictos marcados.</translation>
    </message>
    <message>
        <source>No flagged conflicts in this compact.</source>
        <translation>No hay conflictos marcados en este compromiso.</translation>
    </message>
    <message>
        <source>Select one or several, then Keep ours or Take theirs.</source>
        <translation>Seleccione uno o varios y luego Conservar el nuestro o Tomar el suyo.</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>The other file</source>
        <translation>El otro archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>The selected conflict in full</source>
        <translation>El conflicto seleccionado completo</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>&amp;Conservar el nuestro</translation>
    </message>
    <message>
        <source>Keep ours: this workspace&apos;s value</source>
        <translation>Conservar el nuestro: el valor de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Settle the selected conflicts keeping this workspace&apos;s value</source>
        <translation>Resolver los conflictos seleccionados conservando el valor de este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar el suyo</translation>
    </message>
    <message>
        <source>Take theirs: the other file&apos;s value</source>
        <translation>Tomar el suyo: el valor del otro archivo</translation>
    </message>
    <message>
        <source>Settle the selected conflicts with the other file&apos;s value; never for signed content</source>
        <translation>Resolver los conflictos seleccionados con el valor del otro archivo; nunca para contenido firmado</translation>
    </message>
    <message>
        <source>Could not read the flagged conflicts: %1</source>
        <translation>No se pudieron leer los conflictos marcados: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) selected.</source>
        <translation>
            <numerusform>%n conflicto seleccionado.</numerusform>
            <numerusform>%n conflictos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
This workspace: %2
The other file (%3): %4</source>
        <translation>%1
Este espacio de trabajo: %2
El otro archivo (%3): %4</translation>
    </message>
    <message>
        <source>Signed content: a merge never changes it. Keep ours, and start an amendment to change the compact.</source>
        <translation>Contenido firmado: una fusión nunca lo cambia. Conserve el nuestro e inicie una enmienda para cambiar el compromiso.</translation>
    </message>
    <message>
        <source>%1: not settled. %2</source>
        <translation>%1: sin resolver. %2</translation>
    </message>
    <message numerus="yes">
        <source>Took theirs for %n conflict(s).</source>
        <translation>
            <numerusform>Se tomó el suyo en %n conflicto.</numerusform>
            <numerusform>Se tomó el suyo en %n conflictos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept ours for %n conflict(s).</source>
        <translation>
            <numerusform>Se conservó el nuestro en %n conflicto.</numerusform>
            <numerusform>Se conservó el nuestro en %n conflictos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mc::ui::GapListModel</name>
    <message>
        <source>Yes, %1 of %2</source>
        <translation>Sí, %1 de %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: responsibility %2 steps apart, importance %3 apart%4</source>
        <translation>%1: responsabilidad a %2 pasos de diferencia, importancia a %3%4</translation>
    </message>
    <message>
        <source>; raised by one side only</source>
        <translation>; planteado solo por una parte</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Responsibility gap</source>
        <translation>Diferencia de responsabilidad</translation>
    </message>
    <message>
        <source>Importance gap</source>
        <translation>Diferencia de importancia</translation>
    </message>
    <message>
        <source>Raised by one side</source>
        <translation>Planteado por una parte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
</context>
<context>
    <name>mc::ui::GoalDialog</name>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Goal text</source>
        <translation>Texto de la meta</translation>
    </message>
    <message>
        <source>The result wanted, for example a tenure-track position</source>
        <translation>El resultado deseado, por ejemplo una plaza con vía a la estabilidad</translation>
    </message>
    <message>
        <source>Has a &amp;target date</source>
        <translation>Tiene &amp;fecha prevista</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Tiene fecha prevista</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;De quién:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizonte:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Fecha pre&amp;vista:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Whose goal this is. The scholar and each mentor have goals of their own: a mentor may aim to train an investigator whose work grows apart from theirs.</source>
        <translation>De quién es esta meta. El becario/a y cada mentor/a tienen sus propias metas: un mentor/a puede aspirar a formar a un investigador/a cuyo trabajo se distinga del suyo.</translation>
    </message>
    <message>
        <source>Career: where the person wants to be in the long run, such as running an independent lab. This year: a step to reach before the next yearly review, when it is looked at again.</source>
        <translation>Carrera: dónde quiere estar la persona a largo plazo, por ejemplo dirigiendo un laboratorio independiente. Este año: un paso que alcanzar antes de la próxima revisión anual, cuando se vuelve a mirar.</translation>
    </message>
</context>
<context>
    <name>mc::ui::GoalsChart</name>
    <message>
        <source>Goals achieved by award year</source>
        <translation>Metas alcanzadas por año de beca</translation>
    </message>
    <message>
        <source>Goals achieved, by award year</source>
        <translation>Metas alcanzadas, por año de beca</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzadas</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>No alcanzadas</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>No award year has started for the compacts shown.</source>
        <translation>No ha empezado ningún año de beca de los compromisos mostrados.</translation>
    </message>
    <message>
        <source>No goals are known for the award years so far.</source>
        <translation>No se conocen metas de los años de beca transcurridos.</translation>
    </message>
    <message>
        <source>Goals achieved: %1 of %2 (%3 %), counting each compact&apos;s latest year.</source>
        <translation>Metas alcanzadas: %1 de %2 (%3 %), contando el último año de cada compromiso.</translation>
    </message>
</context>
<context>
    <name>mc::ui::GoalsModel</name>
    <message>
        <source>(unknown person)</source>
        <translation>(persona desconocida)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 of %2 achieved</source>
        <translation>%1 de %2 alcanzados</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>mc::ui::GoalsPage</name>
    <message>
        <source>Goals: the results the scholar and the mentors are working toward. Link milestones to them on the Milestones page.</source>
        <translation>Metas: los resultados por los que trabajan el becario/a y los mentores. Vincule hitos a ellas en la página Hitos.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>&amp;Add goal…</source>
        <translation>Añadir &amp;meta…</translation>
    </message>
    <message>
        <source>Add a goal (Insert)</source>
        <translation>Añadir una meta (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected goal (F2 or Enter)</source>
        <translation>Editar la meta seleccionada (F2 o Intro)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected goal (Delete); Undo brings it back</source>
        <translation>Eliminar la meta seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
</context>
<context>
    <name>mc::ui::HeatMapModel</name>
    <message>
        <source>%1 major, %2 minor, %3 aligned of %4 topics</source>
        <translation>%1 graves, %2 leves, %3 alineados de %4 temas</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Sin comparar</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 in %2: %3 apart from the others, on a scale from 0 (the same view) to 4 (opposite views) — %4</source>
        <translation>%1 en %2: a %3 de los demás, en una escala de 0 (la misma opinión) a 4 (opiniones opuestas) — %4</translation>
    </message>
    <message>
        <source>%1 in %2: nothing to compare (no scale answered by them and another)</source>
        <translation>%1 en %2: nada que comparar (ninguna escala respondida por esta persona y otra)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>En conjunto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mc::ui::MainWindow</name>
    <message>
        <source>Could not open %1.

%2</source>
        <translation>No se pudo abrir %1.

%2</translation>
    </message>
    <message>
        <source>Upgraded from an older version; the original was kept as %1</source>
        <translation>Actualizado desde una versión anterior; el original se conservó como %1</translation>
    </message>
    <message>
        <source>Some signed versions in %1 no longer match their fingerprints: the file was changed by another program.

%2</source>
        <translation>Algunas versiones firmadas de %1 ya no coinciden con su huella digital: otro programa modificó el archivo.

%2</translation>
    </message>
    <message>
        <source>Could not create %1.

%2</source>
        <translation>No se pudo crear %1.

%2</translation>
    </message>
    <message>
        <source>Could not open the demo workspace.

%1</source>
        <translation>No se pudo abrir el espacio de trabajo de demostración.

%1</translation>
    </message>
    <message>
        <source>Could not undo or redo this change.

%1</source>
        <translation>No se pudo deshacer ni rehacer este cambio.

%1</translation>
    </message>
    <message>
        <source>Could not read the list of compacts.

%1</source>
        <translation>No se pudo leer la lista de compromisos.

%1</translation>
    </message>
    <message>
        <source>Updated with changes made by another program</source>
        <translation>Actualizado con cambios hechos por otro programa</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Mentoring Compact</source>
        <translation>Mentoring Compact</translation>
    </message>
    <message>
        <source>%1 — Mentoring Compact</source>
        <translation>%1 — Mentoring Compact</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Every change is written to the file at once.</source>
        <translation>Cada cambio se escribe en el archivo al instante.</translation>
    </message>
    <message>
        <source>This workspace holds no compacts yet. Choose File, New compact (Ctrl+N) to write one.</source>
        <translation>Este espacio de trabajo aún no contiene compromisos. Elija Archivo, Nuevo compromiso (Ctrl+N) para escribir uno.</translation>
    </message>
    <message>
        <source>Choose a compact on the left.</source>
        <translation>Elija un compromiso a la izquierda.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation>Nuevo &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Abrir espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;New compact…</source>
        <translation>&amp;Nuevo compromiso…</translation>
    </message>
    <message>
        <source>De&amp;lete compact…</source>
        <translation>E&amp;liminar compromiso…</translation>
    </message>
    <message>
        <source>Close and a&amp;rchive compact…</source>
        <translation>Cerrar y arc&amp;hivar compromiso…</translation>
    </message>
    <message>
        <source>Re&amp;open archived compact</source>
        <translation>Reabrir c&amp;ompromiso archivado</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import workspace or JSON…</source>
        <translation>Impor&amp;tar espacio de trabajo o JSON…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export PD&amp;F…</source>
        <translation>Exportar PD&amp;F…</translation>
    </message>
    <message>
        <source>Export si&amp;gned compacts…</source>
        <translation>Exportar compromisos fir&amp;mados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Find compact</source>
        <translation>Bu&amp;scar compromiso</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;How a compact works</source>
        <translation>&amp;Cómo funciona un compromiso</translation>
    </message>
    <message>
        <source>&amp;About Mentoring Compact</source>
        <translation>&amp;Acerca de Mentoring Compact</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Open recent workspace %1</source>
        <translation>Abrir el espacio de trabajo reciente %1</translation>
    </message>
    <message>
        <source>Could not add the compact.

%1</source>
        <translation>No se pudo añadir el compromiso.

%1</translation>
    </message>
    <message>
        <source>Delete the compact &quot;%1&quot; with everything in it?

You can bring it back with Edit, Undo.</source>
        <translation>¿Eliminar el compromiso «%1» con todo lo que contiene?

Puede recuperarlo con Editar, Deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the compact.

%1</source>
        <translation>No se pudo eliminar el compromiso.

%1</translation>
    </message>
    <message>
        <source>Could not close the compact.

%1</source>
        <translation>No se pudo cerrar el compromiso.

%1</translation>
    </message>
    <message>
        <source>Could not reopen the compact.

%1</source>
        <translation>No se pudo reabrir el compromiso.

%1</translation>
    </message>
    <message>
        <source>Could not export to %1.

%2</source>
        <translation>No se pudo exportar a %1.

%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Could not import.

%1</source>
        <translation>No se pudo importar.

%1</translation>
    </message>
    <message>
        <source>Could not read the compact to print.

%1</source>
        <translation>No se pudo leer el compromiso que imprimir.

%1</translation>
    </message>
    <message>
        <source>Could not draw the preview on this printer.</source>
        <translation>No se pudo dibujar la vista previa en esta impresora.</translation>
    </message>
    <message>
        <source>Could not prepare the print preview.

%1</source>
        <translation>No se pudo preparar la vista previa de impresión.

%1</translation>
    </message>
    <message>
        <source>Could not print &quot;%1&quot;: the printer did not accept the document.</source>
        <translation>No se pudo imprimir «%1»: la impresora no aceptó el documento.</translation>
    </message>
    <message>
        <source>Sent version %1 of &quot;%2&quot; to the printer</source>
        <translation>Se envió la versión %1 de «%2» a la impresora</translation>
    </message>
    <message>
        <source>Could not print.

%1</source>
        <translation>No se pudo imprimir.

%1</translation>
    </message>
    <message>
        <source>Exported version %1 to %2</source>
        <translation>Se exportó la versión %1 a %2</translation>
    </message>
    <message>
        <source>Could not read the signed compacts.

%1</source>
        <translation>No se pudieron leer los compromisos firmados.

%1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not export the signed compacts; no file was written.

%1</source>
        <translation>No se pudieron exportar los compromisos firmados; no se escribió ningún archivo.

%1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written</source>
        <translation>Exportación cancelada: no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Wrote 1 PDF file to %1</source>
        <translation>Se escribió 1 archivo PDF en %1</translation>
    </message>
    <message>
        <source>Wrote %1 PDF files to %2</source>
        <translation>Se escribieron %1 archivos PDF en %2</translation>
    </message>
    <message>
        <source>Wrote 1 PDF file with 1 signed compact: %1</source>
        <translation>Se escribió 1 archivo PDF con 1 compromiso firmado: %1</translation>
    </message>
    <message>
        <source>Wrote 1 PDF file with %1 signed compacts: %2</source>
        <translation>Se escribió 1 archivo PDF con %1 compromisos firmados: %2</translation>
    </message>
    <message>
        <source>Choose the folder for your program&apos;s templates</source>
        <translation>Elija la carpeta para las plantillas de su programa</translation>
    </message>
    <message>
        <source>Our compact template</source>
        <translation>Nuestra plantilla de compromiso</translation>
    </message>
    <message>
        <source>%1 compact</source>
        <translation>Compromiso %1</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; belongs to the built-in template &quot;%2&quot;. Save yours under this id, so that New compact offers yours instead?</source>
        <translation>El identificador «%1» pertenece a la plantilla integrada «%2». ¿Guardar la suya con este identificador, para que Nuevo compromiso ofrezca la suya en su lugar?</translation>
    </message>
    <message>
        <source>A template with the id &quot;%1&quot; already exists in %2. Replace it?</source>
        <translation>Ya existe una plantilla con el identificador «%1» en %2. ¿Sustituirla?</translation>
    </message>
    <message>
        <source>Saved the template &quot;%1&quot; as %2</source>
        <translation>Se guardó la plantilla «%1» como %2</translation>
    </message>
    <message>
        <source>Could not save the template.

%1</source>
        <translation>No se pudo guardar la plantilla.

%1</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>Fl&amp;agged conflicts…</source>
        <translation>Conflictos de f&amp;usión marcados…</translation>
    </message>
</context>
<context>
    <name>mc::ui::MeetingDialog</name>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Fecha de celebración</translation>
    </message>
    <message>
        <source>The day the meeting was held: not after today (%1).</source>
        <translation>El día en que se celebró la reunión: no después de hoy (%1).</translation>
    </message>
    <message>
        <source>%1 attended</source>
        <translation>%1 asistió</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (left the compact)</source>
        <translation>%1 (dejó el compromiso)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>For example: the K23 specific aims; the data pipeline</source>
        <translation>Por ejemplo: los objetivos específicos de la K23; el flujo de datos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>&amp;Añadir tarea</translation>
    </message>
    <message>
        <source>&amp;Date held:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>A&amp;ttended:</source>
        <translation>A&amp;sistentes:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this action item</source>
        <translation>Quitar esta tarea</translation>
    </message>
    <message>
        <source>Owner of this action item</source>
        <translation>Responsable de esta tarea</translation>
    </message>
    <message>
        <source>Due: this action item has a due date</source>
        <translation>Vence: esta tarea tiene fecha límite</translation>
    </message>
</context>
<context>
    <name>mc::ui::MeetingLogModel</name>
    <message>
        <source>%1 (left the compact)</source>
        <translation>%1 (dejó el compromiso)</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nadie registrado</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done, a milestone</source>
        <translation>hecha, es un hito</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>es un hito</translation>
    </message>
    <message>
        <source>%1 (%2, %3; %4)</source>
        <translation>%1 (%2, %3; %4)</translation>
    </message>
    <message>
        <source>Agreed: %1.</source>
        <translation>Acordado: %1.</translation>
    </message>
    <message>
        <source>Agreed: no fixed rhythm, meetings as needed.</source>
        <translation>Acordado: sin ritmo fijo, reuniones según haga falta.</translation>
    </message>
    <message>
        <source>The compact starts on %1.</source>
        <translation>El compromiso empieza el %1.</translation>
    </message>
    <message>
        <source>%1 (%2 planned)</source>
        <translation>%1 (%2 previstas)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Held %1 during the compact, %2 to %3.</source>
        <translation>Reuniones celebradas durante el compromiso, del %2 al %3: %1.</translation>
    </message>
    <message>
        <source>Held %1 in the last six months of the compact, which ended on %2.</source>
        <translation>Reuniones celebradas en los últimos seis meses del compromiso, que terminó el %2: %1.</translation>
    </message>
    <message>
        <source>Held %1 since the compact started on %2.</source>
        <translation>Reuniones celebradas desde que empezó el compromiso, el %2: %1.</translation>
    </message>
    <message>
        <source>Held %1 in the last six months.</source>
        <translation>Reuniones celebradas en los últimos seis meses: %1.</translation>
    </message>
    <message>
        <source>No meeting logged yet.</source>
        <translation>Aún no se ha registrado ninguna reunión.</translation>
    </message>
    <message>
        <source>Last meeting today.</source>
        <translation>Última reunión: hoy.</translation>
    </message>
    <message>
        <source>Last meeting yesterday.</source>
        <translation>Última reunión: ayer.</translation>
    </message>
    <message>
        <source>Last meeting %1 days ago.</source>
        <translation>Última reunión: hace %1 días.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>all %1 closed</source>
        <translation>las %1 cerradas</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 de %2 pendientes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>mc::ui::MeetingLogPanel</name>
    <message>
        <source>Meetings held, newest first</source>
        <translation>Reuniones celebradas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Action items of the selected meeting</source>
        <translation>Tareas de la reunión seleccionada</translation>
    </message>
    <message>
        <source>Log a meeting that was held (Insert)</source>
        <translation>Registrar una reunión celebrada (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit the selected meeting (F2)</source>
        <translation>Editar la reunión seleccionada (F2)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete); Undo brings it back</source>
        <translation>Eliminar la reunión seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Ma&amp;rcar como hecha</translation>
    </message>
    <message>
        <source>Mark the selected action item done, or open again</source>
        <translation>Marcar la tarea seleccionada como hecha, o de nuevo como pendiente</translation>
    </message>
    <message>
        <source>Make a &amp;milestone</source>
        <translation>Convertir en &amp;hito</translation>
    </message>
    <message>
        <source>Turn the selected action item into a planned milestone; it needs an owner and a due date</source>
        <translation>Convertir la tarea seleccionada en un hito previsto; necesita responsable y fecha límite</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Mark &amp;open</source>
        <translation>Ma&amp;rcar como pendiente</translation>
    </message>
    <message>
        <source>Action i&amp;tems of the selected meeting:</source>
        <translation>&amp;Tareas de la reunión seleccionada:</translation>
    </message>
    <message>
        <source>Lo&amp;g a meeting…</source>
        <translation>Re&amp;gistrar una reunión…</translation>
    </message>
</context>
<context>
    <name>mc::ui::MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Meeting plan</source>
        <translation>Plan de reuniones</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>Día de la se&amp;mana:</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Wee&amp;k of the month:</source>
        <translation>&amp;Semana del mes:</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Semana del mes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days between meetings</source>
        <translation>Días entre reuniones</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>in person; Zoom when travelling</source>
        <translation>en persona; por Zoom cuando se viaja</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>What every meeting covers</source>
        <translation>Lo que trata cada reunión</translation>
    </message>
    <message>
        <source>&amp;Standing topics:</source>
        <translation>Temas fi&amp;jos:</translation>
    </message>
    <message>
        <source>Standing topics</source>
        <translation>Temas fijos</translation>
    </message>
    <message>
        <source>What the scholar brings or sends beforehand</source>
        <translation>Lo que el becario/a trae o envía con antelación</translation>
    </message>
    <message>
        <source>Scholar &amp;prepares:</source>
        <translation>El becario/a &amp;prepara:</translation>
    </message>
    <message>
        <source>What the scholar prepares beforehand</source>
        <translation>Lo que el becario/a prepara con antelación</translation>
    </message>
    <message>
        <source>Next meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>&amp;Next meetings:</source>
        <translation>Pró&amp;ximas reuniones:</translation>
    </message>
    <message>
        <source>Meeting log</source>
        <translation>Registro de reuniones</translation>
    </message>
    <message>
        <source>Counted from the start of the compact on %1.</source>
        <translation>Contadas desde el inicio del compromiso el %1.</translation>
    </message>
    <message>
        <source>No meetings are left before the compact ends on %1.</source>
        <translation>No quedan reuniones antes de que el compromiso termine el %1.</translation>
    </message>
    <message>
        <source>How often the pair meets: weekly, every two weeks, monthly on a given weekday, or every so many days. A steady rhythm matters more than meeting often; the meeting log below compares what was held with this plan.</source>
        <translation>Con qué frecuencia se reúne la pareja: cada semana, cada dos semanas, un día de la semana concreto cada mes, o cada tantos días. Un ritmo constante importa más que reunirse a menudo; el registro de reuniones de abajo compara lo celebrado con este plan.</translation>
    </message>
    <message>
        <source>For a custom plan: the number of days from one meeting to the next.</source>
        <translation>Para un plan personalizado: el número de días entre una reunión y la siguiente.</translation>
    </message>
    <message>
        <source>Inte&amp;rval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Duració&amp;n:</translation>
    </message>
    <message>
        <source>Ch&amp;annels:</source>
        <translation>&amp;Canales:</translation>
    </message>
</context>
<context>
    <name>mc::ui::MergeConflictsDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n compact(s) to add, </source>
        <translation>
            <numerusform>%n compromiso que añadir, </numerusform>
            <numerusform>%n compromisos que añadir, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update. </source>
        <translation>
            <numerusform>%n que actualizar. </numerusform>
            <numerusform>%n que actualizar. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed %n thing(s) differently: choose for each what to keep. Kept both and flagged, a conflict keeps this workspace&apos;s value and is listed to settle later.</source>
        <translation>
            <numerusform>Ambas partes cambiaron %n cosa de forma distinta: elija qué conservar. Si conserva ambos y lo marca, el conflicto mantiene el valor de este espacio de trabajo y queda en la lista para resolverlo después.</numerusform>
            <numerusform>Ambas partes cambiaron %n cosas de forma distinta: elija qué conservar en cada una. Si conserva ambos y lo marca, el conflicto mantiene el valor de este espacio de trabajo y queda en la lista para resolverlo después.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>The other file</source>
        <translation>El otro archivo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep both and flag</source>
        <translation>Conservar ambos y marcar</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar el nuestro</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>Signed content: a merge never changes it. Start an amendment to change the compact.</source>
        <translation>Contenido firmado: una fusión nunca lo cambia. Inicie una enmienda para cambiar el compromiso.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>One row per conflict: the compact, what changed, both values, and what to keep.</source>
        <translation>Una fila por conflicto: el compromiso, lo que cambió, ambos valores y qué conservar.</translation>
    </message>
    <message>
        <source>%1 in %2. This workspace: %3. The other file: %4.</source>
        <translation>%1 en %2. Este espacio de trabajo: %3. El otro archivo: %4.</translation>
    </message>
    <message>
        <source>What to keep for %1 in %2</source>
        <translation>Qué conservar para %1 en %2</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>mc::ui::MilestoneDialog</name>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Submit the first R01 application</source>
        <translation>Por ejemplo: presentar la primera solicitud R01</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Persona responsable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>(no goal)</source>
        <translation>(sin meta)</translation>
    </message>
    <message>
        <source>(unknown goal)</source>
        <translation>(meta desconocida)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Has a d&amp;one date</source>
        <translation>Tiene fecha de &amp;realización</translation>
    </message>
    <message>
        <source>Has a done date</source>
        <translation>Tiene fecha de realización</translation>
    </message>
    <message>
        <source>Done date</source>
        <translation>Fecha de realización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota sobre el resultado</translation>
    </message>
    <message>
        <source>Failures such as an unfunded grant are milestones too: say what was learned.</source>
        <translation>Los fracasos, como una subvención denegada, también son hitos: diga qué se aprendió.</translation>
    </message>
    <message>
        <source>&amp;Mentor confirmed</source>
        <translation>Confirmado por el me&amp;ntor/a</translation>
    </message>
    <message>
        <source>Mentor confirmed</source>
        <translation>Confirmado por el mentor/a</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Re&amp;sponsable:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Done dat&amp;e:</source>
        <translation>Fecha de realizaci&amp;ón:</translation>
    </message>
    <message>
        <source>O&amp;utcome note:</source>
        <translation>N&amp;ota sobre el resultado:</translation>
    </message>
    <message>
        <source>What sort of event this is: a paper, a grant sent or won, a talk, a promotion, a course, a step toward independence. The program&apos;s dashboard counts milestones by kind.</source>
        <translation>Qué tipo de acontecimiento es: un artículo, una subvención solicitada u obtenida, una charla, una promoción, un curso, un paso hacia la independencia. El panel del programa cuenta los hitos por tipo.</translation>
    </message>
    <message>
        <source>Planned until it happens; then achieved, missed, moved to a new date or dropped. A missed milestone stays on the record: a rejected paper or an unfunded grant is something to learn from, not to hide.</source>
        <translation>Previsto hasta que ocurre; después, alcanzado, no alcanzado, aplazado a otra fecha o descartado. Un hito no alcanzado queda en el registro: un artículo rechazado o una subvención denegada es algo de lo que aprender, no algo que ocultar.</translation>
    </message>
    <message>
        <source>Tick once the mentor agrees the milestone happened as written. The program&apos;s reports can tell milestones the mentor has confirmed from those only the scholar has recorded.</source>
        <translation>Márquelo cuando el mentor/a esté de acuerdo en que el hito ocurrió tal como está escrito. Los informes del programa distinguen los hitos confirmados por el mentor/a de los que solo ha registrado el becario/a.</translation>
    </message>
</context>
<context>
    <name>mc::ui::MilestoneTimeline</name>
    <message>
        <source>Scholar whose milestones the timeline shows</source>
        <translation>Becario/a cuyos hitos muestra la cronología</translation>
    </message>
    <message>
        <source>Milestone timeline</source>
        <translation>Cronología de hitos</translation>
    </message>
    <message>
        <source>Could not read the milestones: %1</source>
        <translation>No se pudieron leer los hitos: %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>Aplazado desde</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Milestones of %1</source>
        <translation>Hitos de %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No compact is shown in the table.</source>
        <translation>La tabla no muestra ningún compromiso.</translation>
    </message>
    <message>
        <source>This compact has no milestones yet.</source>
        <translation>Este compromiso aún no tiene hitos.</translation>
    </message>
    <message>
        <source>%1 milestones: %2 achieved, %3 missed, %4 moved by a signed review (%5 times in all).</source>
        <translation>%1 hitos: %2 alcanzados, %3 no alcanzados, %4 aplazados por una revisión firmada (%5 veces en total).</translation>
    </message>
    <message>
        <source>Scholar:</source>
        <translation>Becario/a:</translation>
    </message>
</context>
<context>
    <name>mc::ui::MilestonesModel</name>
    <message>
        <source>(unknown person)</source>
        <translation>(persona desconocida)</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <source>Overdue: due on %1 and not yet achieved</source>
        <translation>Vencido: vencía el %1 y aún no se ha alcanzado</translation>
    </message>
    <message>
        <source>Confirmed by a mentor</source>
        <translation>Confirmado por un mentor/a</translation>
    </message>
    <message>
        <source>Not confirmed by a mentor</source>
        <translation>Sin confirmar por un mentor/a</translation>
    </message>
    <message>
        <source>Whether a mentor confirmed the milestone</source>
        <translation>Si un mentor/a confirmó el hito</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota sobre el resultado</translation>
    </message>
</context>
<context>
    <name>mc::ui::MilestonesPage</name>
    <message>
        <source>Filter by goal</source>
        <translation>Filtrar por meta</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrar por persona</translation>
    </message>
    <message>
        <source>Show dr&amp;opped</source>
        <translation>Mostrar los hitos descar&amp;tados</translation>
    </message>
    <message>
        <source>Show dropped milestones</source>
        <translation>Mostrar los hitos descartados</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message>
        <source>Mark achieved</source>
        <translation>Marcar como alcanzado</translation>
    </message>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>Añadir &amp;hito…</translation>
    </message>
    <message>
        <source>Add a milestone (Insert)</source>
        <translation>Añadir un hito (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected milestone (F2 or Enter)</source>
        <translation>Editar el hito seleccionado (F2 o Intro)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected milestone (Delete); Undo brings it back</source>
        <translation>Eliminar el hito seleccionado (Supr); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Mark a&amp;chieved</source>
        <translation>Marcar como alcan&amp;zado</translation>
    </message>
    <message>
        <source>Mark the selected milestone achieved today (Ctrl+Return)</source>
        <translation>Marcar el hito seleccionado como alcanzado hoy (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todas las metas</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>1 milestone</source>
        <translation>1 hito</translation>
    </message>
    <message>
        <source>%1 milestones</source>
        <translation>%1 hitos</translation>
    </message>
    <message>
        <source>%1 of %2 milestones shown</source>
        <translation>Se muestran %1 de %2 hitos</translation>
    </message>
    <message>
        <source>%1; %2 overdue</source>
        <translation>%1; %2 vencidos</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
</context>
<context>
    <name>mc::ui::NewCompactDialog</name>
    <message>
        <source>New compact</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Blank compact</source>
        <translation>Compromiso en blanco</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>for example: KL2 Scholars Program</source>
        <translation>por ejemplo: Programa de Becarios KL2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Scholar&apos;s name</source>
        <translation>Nombre del becario/a</translation>
    </message>
    <message>
        <source>Primary mentor&apos;s name</source>
        <translation>Nombre del mentor/a principal</translation>
    </message>
    <message>
        <source>Co-mentor&apos;s name (optional)</source>
        <translation>Nombre del comentor/a (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Award years</source>
        <translation>Años de beca</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>&amp;Scholar:</source>
        <translation>&amp;Becario/a:</translation>
    </message>
    <message>
        <source>Primary &amp;mentor:</source>
        <translation>&amp;Mentor/a principal:</translation>
    </message>
    <message>
        <source>&amp;Co-mentor:</source>
        <translation>&amp;Comentor/a:</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Años:</translation>
    </message>
    <message>
        <source>Create compact</source>
        <translation>Crear compromiso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (at %2): %3</source>
        <translation>%1 (en %2): %3</translation>
    </message>
    <message>
        <source>Some template files could not be read and are not offered:</source>
        <translation>Algunos archivos de plantilla no se pudieron leer y no se ofrecen:</translation>
    </message>
    <message>
        <source>A compact from the template &quot;%1&quot;: its clauses, goals, milestones and meeting plan, for one scholar and their mentors, who take the template&apos;s mentor roles in order. Tailor everything afterwards.</source>
        <translation>Un compromiso a partir de la plantilla «%1»: sus cláusulas, metas, hitos y plan de reuniones, para un becario/a y sus mentores, que ocupan por orden las funciones de mentor/a de la plantilla. Adáptelo todo después.</translation>
    </message>
    <message>
        <source>A blank compact for one scholar and their mentors. You can add more people, expectations, goals and milestones afterwards.</source>
        <translation>Un compromiso en blanco para un becario/a y sus mentores. Después puede añadir más personas, expectativas, metas e hitos.</translation>
    </message>
    <message>
        <source>Mentoring compact: %1</source>
        <translation>Compromiso de mentoría: %1</translation>
    </message>
    <message>
        <source>ends on %1</source>
        <translation>termina el %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Temp&amp;late:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
</context>
<context>
    <name>mc::ui::OverviewPage</name>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Mentoring team</source>
        <translation>Equipo de mentoría</translation>
    </message>
    <message>
        <source>What the compact holds</source>
        <translation>Contenido del compromiso</translation>
    </message>
    <message>
        <source>Expectations:</source>
        <translation>Expectativas:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Metas:</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Hitos:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>KL2, K23, postdoctoral training…</source>
        <translation>KL2, K23, formación posdoctoral…</translation>
    </message>
    <message>
        <source>Entry year, for example 2026</source>
        <translation>Año de ingreso, por ejemplo 2026</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Award period:</source>
        <translation>Periodo de la beca:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Cierre:</translation>
    </message>
    <message>
        <source>From template:</source>
        <translation>De la plantilla:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 (%2 agreed)</source>
        <translation>%1 (%2 acordadas)</translation>
    </message>
    <message>
        <source>%1 (%2 achieved)</source>
        <translation>%1 (%2 alcanzadas)</translation>
    </message>
    <message>
        <source>%1 (%2 achieved, %3 missed, %4 overdue)</source>
        <translation>%1 (%2 alcanzados, %3 no alcanzados, %4 vencidos)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>Cerrado el %1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(not started yet)</source>
        <translation>(aún no ha empezado)</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(terminado)</translation>
    </message>
    <message>
        <source>(award year %1 of %2)</source>
        <translation>(año de beca %1 de %2)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Semanal, el %1</translation>
    </message>
    <message>
        <source>Every two weeks on %1</source>
        <translation>Cada dos semanas, el %1</translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>Cada mes, el %1 %2</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
    <message>
        <source>%1, 1 minute</source>
        <translation>%1, 1 minuto</translation>
    </message>
    <message>
        <source>%1, %2 minutes</source>
        <translation>%1, %2 minutos</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personas y funciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Peop&amp;le of this compact:</source>
        <translation>Perso&amp;nas de este compromiso:</translation>
    </message>
    <message>
        <source>Add pe&amp;rson…</source>
        <translation>Añadir pe&amp;rsona…</translation>
    </message>
    <message>
        <source>Add someone to this compact (Insert)</source>
        <translation>Añadir a alguien a este compromiso (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit the selected person (Enter)</source>
        <translation>Editar la persona seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected person (Delete)</source>
        <translation>Quitar la persona seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move the selected person up (Ctrl+Up)</source>
        <translation>Subir la persona seleccionada (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected person down (Ctrl+Down)</source>
        <translation>Bajar la persona seleccionada (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover a %1</translation>
    </message>
    <message>
        <source>No responsibilities written yet.</source>
        <translation>Aún no se han escrito responsabilidades.</translation>
    </message>
    <message>
        <source>No one yet.</source>
        <translation>Nadie todavía.</translation>
    </message>
    <message>
        <source>Untitled compact</source>
        <translation>Compromiso sin título</translation>
    </message>
    <message>
        <source>None (started blank)</source>
        <translation>Ninguna (empezó en blanco)</translation>
    </message>
    <message>
        <source>Where the compact stands: a draft, being negotiated, signed, amended after a review, or closed when the formal relationship ends.</source>
        <translation>En qué punto está el compromiso: borrador, en negociación, firmado, enmendado tras una revisión, o cerrado cuando termina la relación formal.</translation>
    </message>
</context>
<context>
    <name>mc::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
</context>
<context>
    <name>mc::ui::PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full name, as it should appear when signed</source>
        <translation>Nombre completo, tal como debe figurar al firmar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Who does what on the team: what this mentor provides, oversees or reviews</source>
        <translation>Quién hace qué en el equipo: lo que este mentor/a aporta, supervisa o revisa</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Re&amp;sponsibilities:</source>
        <translation>&amp;Responsabilidades:</translation>
    </message>
</context>
<context>
    <name>mc::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Folder of your program&apos;s templates</source>
        <translation>Carpeta de las plantillas de su programa</translation>
    </message>
    <message>
        <source>none: only the built-in templates</source>
        <translation>ninguna: solo las plantillas integradas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder of your program&apos;s templates</source>
        <translation>Elegir la carpeta de las plantillas de su programa</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>New compact offers the built-in templates and those in this folder; Save as template writes into it. A folder shared with your colleagues gives the whole program the same starting points.</source>
        <translation>Nuevo compromiso ofrece las plantillas integradas y las de esta carpeta; Guardar como plantilla escribe en ella. Una carpeta compartida con sus colegas da a todo el programa los mismos puntos de partida.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language is used from the next time Mentoring Compact starts.</source>
        <translation>El idioma se aplicará la próxima vez que se inicie Mentoring Compact.</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>this folder does not exist yet: Save as template will create it</source>
        <translation>esta carpeta aún no existe: Guardar como plantilla la creará</translation>
    </message>
</context>
<context>
    <name>mc::ui::ReflectionDialog</name>
    <message>
        <source>1 (Poor)</source>
        <translation>1 (Deficiente)</translation>
    </message>
    <message>
        <source>2 (Fair)</source>
        <translation>2 (Regular)</translation>
    </message>
    <message>
        <source>3 (Good)</source>
        <translation>3 (Buena)</translation>
    </message>
    <message>
        <source>4 (Very good)</source>
        <translation>4 (Muy buena)</translation>
    </message>
    <message>
        <source>5 (Excellent)</source>
        <translation>5 (Excelente)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>%1 (%2)
Satisfaction: %3. %4
Expectations discussed: %5
Do differently: %6</source>
        <translation>%1 (%2)
Satisfacción: %3. %4
Debate de las expectativas: %5
Hacer de otro modo: %6</translation>
    </message>
    <message>
        <source>
Could mentor better by: %1</source>
        <translation>
Podría mejorar como mentor/a: %1</translation>
    </message>
    <message>
        <source>Submit reflection</source>
        <translation>Enviar reflexión</translation>
    </message>
    <message>
        <source>Satisfaction with the relationship</source>
        <translation>Satisfacción con la relación</translation>
    </message>
    <message>
        <source>Why, in your words</source>
        <translation>Por qué, con sus palabras</translation>
    </message>
    <message>
        <source>How well the expectations were discussed</source>
        <translation>Grado en que se debatieron las expectativas</translation>
    </message>
    <message>
        <source>What you want the other side to do differently</source>
        <translation>Lo que quiere que la otra parte haga de otro modo</translation>
    </message>
    <message>
        <source>How could you mentor better</source>
        <translation>Cómo podría mejorar como mentor/a</translation>
    </message>
    <message>
        <source>&amp;Satisfaction with the relationship:</source>
        <translation>&amp;Satisfacción con la relación:</translation>
    </message>
    <message>
        <source>&amp;Why, in your words:</source>
        <translation>&amp;Por qué, con sus palabras:</translation>
    </message>
    <message>
        <source>How well the &amp;expectations were discussed:</source>
        <translation>Grado en que se debatieron las &amp;expectativas:</translation>
    </message>
    <message>
        <source>How could you &amp;mentor better:</source>
        <translation>Cómo podría &amp;mejorar como mentor/a:</translation>
    </message>
    <message>
        <source>What the others wrote:</source>
        <translation>Lo que escribieron los demás:</translation>
    </message>
    <message>
        <source>What the others wrote</source>
        <translation>Lo que escribieron los demás</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>S&amp;ubmit...</source>
        <translation>E&amp;nviar...</translation>
    </message>
    <message>
        <source>Reflection of %1</source>
        <translation>Reflexión de %1</translation>
    </message>
    <message>
        <source>Submitted on %1; it is locked.</source>
        <translation>Enviada el %1; está bloqueada.</translation>
    </message>
    <message>
        <source>Only you see this until the scholar and every mentor have submitted theirs.</source>
        <translation>Solo usted la ve hasta que el becario/a y todos los mentores hayan enviado la suya.</translation>
    </message>
    <message>
        <source>Submit your reflection? It is locked once submitted, and the others see it when everyone has submitted.</source>
        <translation>¿Enviar su reflexión? Una vez enviada queda bloqueada, y los demás la verán cuando todos hayan enviado la suya.</translation>
    </message>
    <message>
        <source>How satisfied you are with the mentoring relationship this year, from Poor to Excellent. Reflections are blind: nobody sees another person&apos;s answers until everyone has submitted.</source>
        <translation>Su grado de satisfacción con la relación de mentoría este año, de Deficiente a Excelente. Las reflexiones son a ciegas: nadie ve las respuestas de otra persona hasta que todos hayan enviado la suya.</translation>
    </message>
    <message>
        <source>How well the two sides talked through what each expects of the other this year, from Poor to Excellent. Like the rest of the reflection, hidden from the others until everyone has submitted.</source>
        <translation>Grado en que las dos partes hablaron este año de lo que cada una espera de la otra, de Deficiente a Excelente. Como el resto de la reflexión, queda oculto a los demás hasta que todos hayan enviado la suya.</translation>
    </message>
    <message>
        <source>What you want the other side to do di&amp;fferently:</source>
        <translation>Lo que quiere que la otra parte haga de &amp;otro modo:</translation>
    </message>
</context>
<context>
    <name>mc::ui::ReviewsPage</name>
    <message>
        <source>Award year</source>
        <translation>Año de beca</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Award years and their reviews</source>
        <translation>Años de beca y sus revisiones</translation>
    </message>
    <message>
        <source>Review held on</source>
        <translation>Revisión celebrada el</translation>
    </message>
    <message>
        <source>S&amp;tart review</source>
        <translation>&amp;Iniciar revisión</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Expectativa</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>New text</source>
        <translation>Texto nuevo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>Reflections (each written alone)</source>
        <translation>Reflexiones (cada una escrita por separado)</translation>
    </message>
    <message>
        <source>Who is at the keyboard</source>
        <translation>Quién está al teclado</translation>
    </message>
    <message>
        <source>I &amp;am:</source>
        <translation>&amp;Soy:</translation>
    </message>
    <message>
        <source>&amp;Write my reflection...</source>
        <translation>Escribir mi &amp;reflexión...</translation>
    </message>
    <message>
        <source>What everyone wrote:</source>
        <translation>Lo que escribió cada uno:</translation>
    </message>
    <message>
        <source>What everyone wrote</source>
        <translation>Lo que escribió cada uno</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>Firmar como</translation>
    </message>
    <message>
        <source>Sig&amp;n as:</source>
        <translation>Fir&amp;mar como:</translation>
    </message>
    <message>
        <source>Sign &amp;review...</source>
        <translation>&amp;Firmar revisión...</translation>
    </message>
    <message>
        <source>E&amp;xport PDF...</source>
        <translation>E&amp;xportar PDF...</translation>
    </message>
    <message>
        <source>The review as a document to file: a draft is marked DRAFT</source>
        <translation>La revisión como documento para archivar: un borrador lleva la marca BORRADOR</translation>
    </message>
    <message>
        <source>Milestones of the year</source>
        <translation>Hitos del año</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Expectations revisited</source>
        <translation>Expectativas revisadas</translation>
    </message>
    <message>
        <source>Milestone history across the years</source>
        <translation>Historia de los hitos a lo largo de los años</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>firmada el %1</translation>
    </message>
    <message>
        <source>draft, held on %1</source>
        <translation>borrador, celebrada el %1</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (vencida)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>S&amp;tart review of year %1</source>
        <translation>&amp;Iniciar la revisión del año %1</translation>
    </message>
    <message>
        <source>Review of award year %1 (%2 to %3), held on %4%5</source>
        <translation>Revisión del año de beca %1 (del %2 al %3), celebrada el %4%5</translation>
    </message>
    <message>
        <source>: signed and locked (fingerprint %1)</source>
        <translation>: firmada y bloqueada (huella digital %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>submitted on %1</source>
        <translation>enviada el %1</translation>
    </message>
    <message>
        <source>started, not submitted</source>
        <translation>empezada, sin enviar</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>What each wrote shows here once everyone has submitted.</source>
        <translation>Lo que escribió cada uno aparece aquí cuando todos hayan enviado la suya.</translation>
    </message>
    <message>
        <source>%1 (%2): satisfaction %3. %4
  Expectations discussed: %5. Do differently: %6</source>
        <translation>%1 (%2): satisfacción %3. %4
  Debate de las expectativas: %5. Hacer de otro modo: %6</translation>
    </message>
    <message>
        <source>
  Could mentor better by: %1</source>
        <translation>
  Podría mejorar como mentor/a: %1</translation>
    </message>
    <message>
        <source>%1 (%2)%3: %4</source>
        <translation>%1 (%2)%3: %4</translation>
    </message>
    <message>
        <source>, not required</source>
        <translation>, no obligatoria</translation>
    </message>
    <message>
        <source>Not ready to sign: %1</source>
        <translation>Aún no se puede firmar: %1</translation>
    </message>
    <message>
        <source>%1 (due %2, %3)</source>
        <translation>%1 (vence el %2, %3)</translation>
    </message>
    <message>
        <source>: not reviewed yet</source>
        <translation>: aún sin revisar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Sign the review of award year %1</source>
        <translation>Firmar la revisión del año de beca %1</translation>
    </message>
    <message>
        <source>Signing is final: it cannot be undone. When everyone required has signed, the review is locked and its outcomes go into the compact.</source>
        <translation>La firma es definitiva: no se puede deshacer. Cuando hayan firmado todas las personas requeridas, la revisión se bloquea y sus resultados pasan al compromiso.</translation>
    </message>
    <message>
        <source>Everyone required has signed: the review is locked, and its outcomes are in the compact.</source>
        <translation>Han firmado todas las personas requeridas: la revisión está bloqueada y sus resultados están en el compromiso.</translation>
    </message>
    <message>
        <source>The review&apos;s changes started amendment %1 of the compact; it needs signing again (Signatures page).</source>
        <translation>Los cambios de la revisión iniciaron la enmienda %1 del compromiso; hay que volver a firmarlo (página Firmas).</translation>
    </message>
    <message>
        <source>Signed. Still to sign: %1.</source>
        <translation>Firmado. Falta la firma de: %1.</translation>
    </message>
    <message>
        <source>review-year-%1-%2.pdf</source>
        <translation>revision-año-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Export review as PDF</source>
        <translation>Exportar la revisión como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the review of year %1 to %2.</source>
        <translation>Se exportó la revisión del año %1 a %2.</translation>
    </message>
    <message>
        <source>Could not export the review to %1: %2</source>
        <translation>No se pudo exportar la revisión a %1: %2</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>such as %1</source>
        <translation>por ejemplo %1</translation>
    </message>
    <message>
        <source>Milestone “%1”, date: “%2” is not a date such as %3.</source>
        <translation>Hito «%1», fecha: «%2» no es una fecha como %3.</translation>
    </message>
    <message>
        <source>Held on: %1</source>
        <translation>Celebrada el: %1</translation>
    </message>
    <message>
        <source>“%1”, %2: %3</source>
        <translation>«%1», %2: %3</translation>
    </message>
    <message>
        <source>The day the yearly review meeting took place. Reviews follow the award year, one per year.</source>
        <translation>El día en que se celebró la reunión de revisión anual. Las revisiones siguen el año de beca, una por año.</translation>
    </message>
    <message>
        <source>The year&apos;s milestones and their outcomes</source>
        <translation>Los hitos del año y sus resultados</translation>
    </message>
    <message>
        <source>Goals and their progress</source>
        <translation>Las metas y su avance</translation>
    </message>
    <message>
        <source>Agreed expectations: kept, changed or dropped</source>
        <translation>Expectativas acordadas: se mantienen, se modifican o se descartan</translation>
    </message>
    <message>
        <source>Who is writing a reflection now. Each person writes alone, and the others&apos; words appear only once everyone has submitted.</source>
        <translation>Quién escribe ahora una reflexión. Cada persona escribe por separado, y las palabras de los demás aparecen solo cuando todos hayan enviado la suya.</translation>
    </message>
    <message>
        <source>signed an earlier text; must sign again</source>
        <translation>firmó un texto anterior; debe firmar de nuevo</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>aún no ha firmado</translation>
    </message>
    <message>
        <source>Held &amp;on:</source>
        <translation>&amp;Celebrada el:</translation>
    </message>
    <message>
        <source>Outcome of milestone “%1”</source>
        <translation>Resultado del hito «%1»</translation>
    </message>
    <message>
        <source>Date of milestone “%1”: achieved on, or the new due date</source>
        <translation>Fecha del hito «%1»: en que se alcanzó, o la nueva fecha límite</translation>
    </message>
    <message>
        <source>Note on milestone “%1”</source>
        <translation>Nota sobre el hito «%1»</translation>
    </message>
    <message>
        <source>Status of goal “%1”</source>
        <translation>Estado de la meta «%1»</translation>
    </message>
    <message>
        <source>Progress on goal “%1”</source>
        <translation>Avance de la meta «%1»</translation>
    </message>
    <message>
        <source>Verdict on expectation “%1”</source>
        <translation>Decisión sobre la expectativa «%1»</translation>
    </message>
    <message>
        <source>New text of expectation “%1”</source>
        <translation>Texto nuevo de la expectativa «%1»</translation>
    </message>
    <message>
        <source>Note on expectation “%1”</source>
        <translation>Nota sobre la expectativa «%1»</translation>
    </message>
</context>
<context>
    <name>mc::ui::SatisfactionChart</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Satisfaction of scholars and mentors by award year</source>
        <translation>Satisfacción de becarios y mentores por año de beca</translation>
    </message>
    <message>
        <source>Satisfaction with the relationship (1 poor – 5 excellent)</source>
        <translation>Satisfacción con la relación (1 deficiente – 5 excelente)</translation>
    </message>
    <message>
        <source>Scholars</source>
        <translation>Becarios</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Expectations discussed (scholars)</source>
        <translation>Debate de las expectativas (becarios)</translation>
    </message>
    <message>
        <source>Expectations discussed (mentors)</source>
        <translation>Debate de las expectativas (mentores)</translation>
    </message>
    <message>
        <source>%1: scholars %2, mentors %3</source>
        <translation>%1: becarios %2, mentores %3</translation>
    </message>
    <message>
        <source>No award year has started for the compacts shown.</source>
        <translation>No ha empezado ningún año de beca de los compromisos mostrados.</translation>
    </message>
    <message>
        <source>No reflection has been submitted in a yearly review yet.</source>
        <translation>Aún no se ha enviado ninguna reflexión en una revisión anual.</translation>
    </message>
    <message>
        <source>%1 (one compact)</source>
        <translation>%1 (un compromiso)</translation>
    </message>
    <message>
        <source>%1 (%2 compacts)</source>
        <translation>%1 (%2 compromisos)</translation>
    </message>
</context>
<context>
    <name>mc::ui::SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>Identificador de la plantilla</translation>
    </message>
    <message>
        <source>for example: kl2-our-program</source>
        <translation>por ejemplo: kl2-nuestro-programa</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Descripción de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>The compact&apos;s clauses, goals, milestones, meeting plan and the team&apos;s responsibilities become a template for the next pairs of your program. The names of the people are left out.</source>
        <translation>Las cláusulas, metas, hitos y plan de reuniones del compromiso, y las responsabilidades del equipo, se convierten en una plantilla para las próximas parejas de su programa. Los nombres de las personas no se incluyen.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>the template needs a name, as people will see it in the New compact dialog</source>
        <translation>la plantilla necesita un nombre, que se verá en el diálogo Nuevo compromiso</translation>
    </message>
</context>
<context>
    <name>mc::ui::SignDialog</name>
    <message>
        <source>Sign this version</source>
        <translation>Firmar esta versión</translation>
    </message>
    <message>
        <source>Signing is final: it cannot be undone. When everyone required has signed, this version is locked; changing it then needs an amendment.</source>
        <translation>La firma es definitiva: no se puede deshacer. Cuando hayan firmado todas las personas requeridas, esta versión se bloquea; para cambiarla hará falta una enmienda.</translation>
    </message>
    <message>
        <source>Person signing</source>
        <translation>Persona que firma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Full name, typed as signature</source>
        <translation>Nombre completo, escrito como firma</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Fecha de la firma</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Type your full &amp;name:</source>
        <translation>Escriba su &amp;nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>C&amp;lear drawing</source>
        <translation>&amp;Borrar dibujo</translation>
    </message>
    <message>
        <source>Drawn signature (optional):</source>
        <translation>Firma dibujada (opcional):</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>F&amp;irmar</translation>
    </message>
    <message>
        <source>Type the name exactly as the compact has it: %1</source>
        <translation>Escriba el nombre exactamente como figura en el compromiso: %1</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Choose who signs.</source>
        <translation>Elija quién firma.</translation>
    </message>
    <message>
        <source>Who is signing now. The version locks when everyone ticked under &quot;Who signs&quot; has signed; the program director acknowledges and is never required.</source>
        <translation>Quién firma ahora. La versión se bloquea cuando han firmado todas las personas marcadas en «Quién firma»; el director/a del programa toma conocimiento y nunca es obligatorio/a.</translation>
    </message>
    <message>
        <source>Type your name as the compact&apos;s people list spells it. The typed name is the signature; a drawing below is only added to the printout.</source>
        <translation>Escriba su nombre tal como figura en la lista de personas del compromiso. El nombre escrito es la firma; el dibujo de abajo solo se añade al documento impreso.</translation>
    </message>
    <message>
        <source>Draw your signature with the mouse, a pen or a finger, if you want it on the printed compact. Clear starts again.</source>
        <translation>Dibuje su firma con el ratón, un lápiz o el dedo, si la quiere en el compromiso impreso. Borrar vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>mc::ui::SignaturePad</name>
    <message>
        <source>Drawn signature (optional)</source>
        <translation>Firma dibujada (opcional)</translation>
    </message>
    <message>
        <source>Draw with a mouse or pen. The typed name alone is enough.</source>
        <translation>Dibuje con el ratón o un lápiz. Basta con el nombre escrito.</translation>
    </message>
</context>
<context>
    <name>mc::ui::SigningPage</name>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Who signs</source>
        <translation>Quién firma</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>Firmar como</translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation>Firmar &amp;como:</translation>
    </message>
    <message>
        <source>&amp;Sign...</source>
        <translation>&amp;Firmar...</translation>
    </message>
    <message>
        <source>Start a&amp;mendment...</source>
        <translation>Iniciar e&amp;nmienda...</translation>
    </message>
    <message>
        <source>Changes against the last signed version</source>
        <translation>Cambios respecto a la última versión firmada</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>&amp;Changes against the last signed version:</source>
        <translation>Cam&amp;bios respecto a la última versión firmada:</translation>
    </message>
    <message>
        <source>&amp;Sign as %1...</source>
        <translation>&amp;Firmar como %1...</translation>
    </message>
    <message>
        <source>Version %1: %2, fingerprint %3</source>
        <translation>Versión %1: %2, huella digital %3</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Signed version %1: everyone required has signed, so it is locked. Start an amendment to change it.</source>
        <translation>Versión %1 firmada: han firmado todas las personas requeridas, así que está bloqueada. Inicie una enmienda para cambiarla.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>acknowledges; </source>
        <translation>toma conocimiento; </translation>
    </message>
    <message>
        <source>No amendment in progress.</source>
        <translation>No hay ninguna enmienda en curso.</translation>
    </message>
    <message>
        <source>No changes yet against version %1.</source>
        <translation>Aún no hay cambios respecto a la versión %1.</translation>
    </message>
    <message>
        <source>Version %1 — %2 — %3</source>
        <translation>Versión %1 — %2 — %3</translation>
    </message>
    <message>
        <source>, signed at %1</source>
        <translation>, firmada el %1</translation>
    </message>
    <message>
        <source>    %1 (%2), %3: %4</source>
        <translation>    %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>signed an earlier text</source>
        <translation>firmó un texto anterior</translation>
    </message>
    <message>
        <source>Start an amendment? Version %1 stays signed as it is; a new draft version is made for the changes, and everyone must sign it again. This cannot be undone.</source>
        <translation>¿Iniciar una enmienda? La versión %1 sigue firmada tal como está; se crea una nueva versión en borrador para los cambios, y todos deberán volver a firmarla. No se puede deshacer.</translation>
    </message>
    <message>
        <source>The fingerprint is a short code worked out from the whole text of the version. Change one word and the code changes, so a printout can be checked against the file.</source>
        <translation>La huella digital es un código corto calculado a partir del texto completo de la versión. Si cambia una palabra, cambia el código, así que un documento impreso se puede cotejar con el archivo.</translation>
    </message>
    <message>
        <source>Ticked: the version locks only once this person has signed too. The scholar and the mentors are ticked unless the program decides otherwise; the program director only acknowledges.</source>
        <translation>Marcado: la versión solo se bloquea cuando esta persona también haya firmado. El becario/a y los mentores están marcados salvo que el programa decida otra cosa; el director/a del programa solo toma conocimiento.</translation>
    </message>
    <message>
        <source>signed on %1</source>
        <translation>firmó el %1</translation>
    </message>
    <message>
        <source>signed an earlier text (on %1); must sign again</source>
        <translation>firmó un texto anterior (el %1); debe firmar de nuevo</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>aún no ha firmado</translation>
    </message>
    <message>
        <source>may sign; not required</source>
        <translation>puede firmar; no es obligatorio</translation>
    </message>
    <message>
        <source>Version his&amp;tory:</source>
        <translation>&amp;Historial de versiones:</translation>
    </message>
    <message>
        <source>%1 (%2): must sign</source>
        <translation>%1 (%2): debe firmar</translation>
    </message>
</context>
<context>
    <name>mc::ui::StartPage</name>
    <message>
        <source>Mentoring Compact</source>
        <translation>Mentoring Compact</translation>
    </message>
    <message>
        <source>Write down what scholars and mentors expect of each other, agree on goals and milestones, and follow them through the award years.</source>
        <translation>Ponga por escrito lo que becarios y mentores esperan unos de otros, acuerden metas e hitos y síganlos a lo largo de los años de beca.</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Abrir &amp;demostración</translation>
    </message>
    <message>
        <source>Create an empty workspace file for one compact or a whole cohort</source>
        <translation>Crear un archivo de espacio de trabajo vacío para un compromiso o una cohorte entera</translation>
    </message>
    <message>
        <source>Open an existing .compact workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo .compact existente</translation>
    </message>
    <message>
        <source>Try the program on a sample KL2 compact, kept in a temporary folder</source>
        <translation>Probar el programa con un compromiso KL2 de ejemplo, guardado en una carpeta temporal</translation>
    </message>
</context>
<context>
    <name>mc::ui::WorksheetModel</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 answered)</source>
        <translation>%1 (%2 de %3 respondidos)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 topics answered</source>
        <translation>%1: %2 de %3 temas respondidos</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Quién es responsable</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <source>%1 for topic “%2”</source>
        <translation>%1, tema «%2»</translation>
    </message>
</context>
<context>
    <name>mc::ui::WorksheetPage</name>
    <message>
        <source>Whose worksheet</source>
        <translation>De quién es la hoja de trabajo</translation>
    </message>
    <message>
        <source>&amp;Whose worksheet?</source>
        <translation>¿&amp;De quién es la hoja de trabajo?</translation>
    </message>
    <message>
        <source>Each person fills in their worksheet alone. Answers stay hidden from the others until their author submits them; on a shared computer, choose yourself.</source>
        <translation>Cada persona rellena su hoja de trabajo por separado. Las respuestas quedan ocultas a los demás hasta que su autor/a las envía; en un ordenador compartido, elíjase a sí mismo/a.</translation>
    </message>
    <message>
        <source>Choose yourself under “Whose worksheet?” to see and fill in your own worksheet.</source>
        <translation>Elíjase en «¿De quién es la hoja de trabajo?» para ver y rellenar su propia hoja de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Start my worksheet</source>
        <translation>Em&amp;pezar mi hoja de trabajo</translation>
    </message>
    <message>
        <source>Start your worksheet with every topic of this compact unanswered</source>
        <translation>Empezar su hoja de trabajo con todos los temas de este compromiso sin responder</translation>
    </message>
    <message>
        <source>This worksheet has not been started.</source>
        <translation>Esta hoja de trabajo no se ha empezado.</translation>
    </message>
    <message>
        <source>Worksheet answers</source>
        <translation>Respuestas de la hoja de trabajo</translation>
    </message>
    <message>
        <source>Add my own &amp;topic…</source>
        <translation>Añadir un &amp;tema propio…</translation>
    </message>
    <message>
        <source>Add a topic of your own that the worksheet does not ask about (Insert)</source>
        <translation>Añadir un tema propio sobre el que la hoja de trabajo no pregunta (Insert)</translation>
    </message>
    <message>
        <source>S&amp;ubmit worksheet…</source>
        <translation>E&amp;nviar hoja de trabajo…</translation>
    </message>
    <message>
        <source>Show your answers to the others; they can no longer be changed</source>
        <translation>Mostrar sus respuestas a los demás; ya no se podrán cambiar</translation>
    </message>
    <message>
        <source>E&amp;xport worksheet…</source>
        <translation>E&amp;xportar hoja de trabajo…</translation>
    </message>
    <message>
        <source>Save your submitted worksheet as a file for the other side</source>
        <translation>Guardar su hoja de trabajo enviada como archivo para la otra parte</translation>
    </message>
    <message>
        <source>&amp;Import worksheet…</source>
        <translation>&amp;Importar hoja de trabajo…</translation>
    </message>
    <message>
        <source>Add a worksheet someone submitted on another computer</source>
        <translation>Añadir una hoja de trabajo que alguien envió desde otro ordenador</translation>
    </message>
    <message>
        <source>Add my own topic</source>
        <translation>Añadir un tema propio</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>Choose yourself…</source>
        <translation>Elíjase…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>Enviada el %1</translation>
    </message>
    <message>
        <source>In progress — hidden until submitted</source>
        <translation>En curso: oculta hasta que se envíe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Worksheets: %1</source>
        <translation>Hojas de trabajo: %1</translation>
    </message>
    <message>
        <source>The others: %1</source>
        <translation>Los demás: %1</translation>
    </message>
    <message>
        <source>%1 has not started a worksheet.</source>
        <translation>%1 no ha empezado una hoja de trabajo.</translation>
    </message>
    <message>
        <source>Submitted on %1. The others can see these answers; they can no longer be changed.</source>
        <translation>Enviada el %1. Los demás pueden ver estas respuestas; ya no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Draft: %1 of %2 topics answered. Only you can see it until you submit it.</source>
        <translation>Borrador: %1 de %2 temas respondidos. Solo usted puede verla hasta que la envíe.</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Submit the worksheet of %1?

Once submitted, the others in this compact will see these answers, and they can no longer be changed. This cannot be undone.</source>
        <translation>¿Enviar la hoja de trabajo de %1?

Una vez enviada, los demás miembros de este compromiso verán estas respuestas, y ya no se podrán cambiar. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>Mentoring Compact</source>
        <translation>Mentoring Compact</translation>
    </message>
    <message>
        <source>Domain of the new topic</source>
        <translation>Ámbito del nuevo tema</translation>
    </message>
    <message>
        <source>Title of the new topic</source>
        <translation>Título del nuevo tema</translation>
    </message>
    <message>
        <source>For example: Parental leave</source>
        <translation>Por ejemplo: permiso parental</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>%1 worksheet.json</source>
        <translation>%1 hoja de trabajo.json</translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <translation>Exportar hoja de trabajo</translation>
    </message>
    <message>
        <source>Worksheet files (*.json)</source>
        <translation>Archivos de hoja de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The worksheet was exported to %1. Send this file to the others so they can import it.</source>
        <translation>La hoja de trabajo se exportó a %1. Envíe este archivo a los demás para que puedan importarlo.</translation>
    </message>
    <message>
        <source>Import worksheet</source>
        <translation>Importar hoja de trabajo</translation>
    </message>
    <message>
        <source>Worksheet files (*.json);;All files (*)</source>
        <translation>Archivos de hoja de trabajo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>The submitted worksheet of %1 was imported.</source>
        <translation>Se importó la hoja de trabajo enviada de %1.</translation>
    </message>
    <message>
        <source>Whose worksheet you are filling in. Each person answers alone: the others see only how far you are until you submit.</source>
        <translation>De quién es la hoja de trabajo que está rellenando. Cada persona responde por separado: los demás solo ven cuánto lleva hasta que la envíe.</translation>
    </message>
    <message>
        <source>One row per topic. Responsibility: whose job it is, from mostly the mentor to mostly the scholar, with shared in the middle. Importance: how much it matters to you, from 1 (hardly) to 5 (essential). The Alignment page compares the answers once both are submitted.</source>
        <translation>Una fila por tema. Responsabilidad: a quién le corresponde, de «sobre todo el mentor/a» a «sobre todo el becario/a», con «compartida» en medio. Importancia: cuánto le importa, de 1 (apenas) a 5 (esencial). La página Alineación compara las respuestas cuando ambas se han enviado.</translation>
    </message>
</context>
<context>
    <name>mc::ui::WorkspaceSession</name>
    <message>
        <source>Add compact %1</source>
        <translation>Añadir el compromiso %1</translation>
    </message>
    <message>
        <source>Delete compact %1</source>
        <translation>Eliminar el compromiso %1</translation>
    </message>
    <message>
        <source>Edit compact details</source>
        <translation>Editar los datos del compromiso</translation>
    </message>
    <message>
        <source>Close compact %1</source>
        <translation>Cerrar el compromiso %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not closed.</source>
        <translation>«%1» no está cerrado.</translation>
    </message>
    <message>
        <source>Reopen compact %1</source>
        <translation>Reabrir el compromiso %1</translation>
    </message>
    <message>
        <source>Edit meeting of %1</source>
        <translation>Editar la reunión del %1</translation>
    </message>
    <message>
        <source>Log meeting of %1</source>
        <translation>Registrar la reunión del %1</translation>
    </message>
    <message>
        <source>That meeting is no longer in this compact&apos;s log.</source>
        <translation>Esa reunión ya no está en el registro de este compromiso.</translation>
    </message>
    <message>
        <source>Delete meeting of %1</source>
        <translation>Eliminar la reunión del %1</translation>
    </message>
    <message>
        <source>That action item is no longer in this compact&apos;s log.</source>
        <translation>Esa tarea ya no está en el registro de este compromiso.</translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation>Marcar «%1» como hecha</translation>
    </message>
    <message>
        <source>Mark %1 open</source>
        <translation>Marcar «%1» como pendiente</translation>
    </message>
    <message>
        <source>Make milestone %1</source>
        <translation>Convertir en hito: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>That person is no longer in this compact.</source>
        <translation>Esa persona ya no está en este compromiso.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>Edit clause</source>
        <translation>Editar cláusula</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>Añadir cláusula</translation>
    </message>
    <message>
        <source>That clause is no longer in this compact.</source>
        <translation>Esa cláusula ya no está en este compromiso.</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>Eliminar cláusula</translation>
    </message>
    <message>
        <source>Move clause</source>
        <translation>Mover cláusula</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir meta</translation>
    </message>
    <message>
        <source>That goal is no longer in this compact.</source>
        <translation>Esa meta ya no está en este compromiso.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Edit milestone %1</source>
        <translation>Editar el hito %1</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>Añadir el hito %1</translation>
    </message>
    <message>
        <source>That milestone is no longer in this compact.</source>
        <translation>Ese hito ya no está en este compromiso.</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Eliminar el hito %1</translation>
    </message>
    <message>
        <source>Edit meeting plan</source>
        <translation>Editar el plan de reuniones</translation>
    </message>
    <message>
        <source>This person has not started a worksheet yet.</source>
        <translation>Esta persona aún no ha empezado una hoja de trabajo.</translation>
    </message>
    <message>
        <source>That topic is no longer in this worksheet.</source>
        <translation>Ese tema ya no está en esta hoja de trabajo.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Responder: %1</translation>
    </message>
    <message>
        <source>Add own topic %1</source>
        <translation>Añadir el tema propio %1</translation>
    </message>
    <message>
        <source>This worksheet belongs to another compact (%1), not to the one shown here. Open that compact and import it there.</source>
        <translation>Esta hoja de trabajo pertenece a otro compromiso (%1), no al que se muestra aquí. Abra ese compromiso e impórtela allí.</translation>
    </message>
    <message>
        <source>That clause is already in the compact.</source>
        <translation>Esa cláusula ya está en el compromiso.</translation>
    </message>
    <message>
        <source>Agree clause %1</source>
        <translation>Acordar la cláusula %1</translation>
    </message>
</context>
</TS>
