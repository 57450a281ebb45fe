<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="77"/>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="78"/>
        <source>Acerca de y diagnóstico</source>
        <translation>About and diagnostics</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="81"/>
        <source>Si llama a soporte, léales estos datos o guarde el archivo de diagnóstico y envíeselo: no contiene datos de clientes.</source>
        <translation>If you call support, read these details out to them, or save the diagnostics file and send it to them: it holds no customer data.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="90"/>
        <source>Terminal y tienda</source>
        <translation>Till and shop</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="91"/>
        <source>Aplicación</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="96"/>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="97"/>
        <source>Equipo</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="99"/>
        <source>Guardar archivo de diagnóstico…</source>
        <translation>Save diagnostics file…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="102"/>
        <source>Copiar resumen</source>
        <translation>Copy summary</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="104"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="136"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="136"/>
        <source>Esquema de datos</source>
        <translation>Data schema</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="140"/>
        <source>Terminal</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="141"/>
        <source>Tienda</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="142"/>
        <source>Servidor</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="143"/>
        <source>Registro</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="148"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="149"/>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="150"/>
        <source>Actualización</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="151"/>
        <source>Última sincronización</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="152"/>
        <source>Cambios por enviar</source>
        <translation>Changes to send</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="153"/>
        <source>Cambios rechazados</source>
        <translation>Rejected changes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="154"/>
        <source>Pendientes de revisar</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="159"/>
        <source>Carpeta de datos</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="160"/>
        <source>Espacio libre</source>
        <translation>Free space</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="161"/>
        <source>Base de datos</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="162"/>
        <source>Copias de la base de datos</source>
        <translation>Database backups</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="163"/>
        <source>Versiones</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="164"/>
        <source>Sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="200"/>
        <source>No se pudieron leer los datos del terminal: {error}</source>
        <translation>The till&apos;s details could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="238"/>
        <source>{code} · id {id}</source>
        <translation>{code} · ID {id}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="242"/>
        <source>{code} · {name}</source>
        <translation>{code} · {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="250"/>
        <source>{revision} (al día)</source>
        <translation>{revision} (up to date)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="252"/>
        <source>{revision} (la aplicación espera {head})</source>
        <translation>{revision} (the app expects {head})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="260"/>
        <source>Registrado en el servidor</source>
        <translation>Registered with the server</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="261"/>
        <source>Sin registrar: demostración o tienda sin servidor</source>
        <translation>Not registered: a demo, or a shop without a server</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="263"/>
        <source>Registrado, pero las credenciales no se pueden leer con la clave de esta instalación</source>
        <translation>Registered, but the credentials cannot be read with this installation&apos;s key</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="280"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="285"/>
        <source>%n cambio(s); el más antiguo, {when}</source>
        <translation>
            <numerusform>%n change, from {when}</numerusform>
            <numerusform>%n changes; the oldest from {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="290"/>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="291"/>
        <source>Ninguno</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="293"/>
        <source>%n cambio(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="294"/>
        <source>%n caso(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="299"/>
        <source>Necesaria ya: la central no admite esta versión</source>
        <translation>Needed now: head office does not accept this version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="304"/>
        <source>Necesaria antes del {date}: desde ese día este terminal no recibirá datos nuevos</source>
        <translation>Needed before {date}: from that day on this till will not receive new data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="313"/>
        <source>Sin servidor: este terminal no se sincroniza</source>
        <translation>No server: this till does not sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="315"/>
        <source>En línea</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="316"/>
        <source>Sincronizando…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="317"/>
        <source>Sin conexión con el servidor</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="318"/>
        <source>La sincronización no avanza</source>
        <translation>Sync is stuck</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="319"/>
        <source>Terminal dado de baja por la central</source>
        <translation>Till revoked by head office</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="320"/>
        <source>Hay que actualizar la aplicación</source>
        <translation>The app must be updated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="323"/>
        <source>siguiente intento a las {time}</source>
        <translation>next attempt at {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="338"/>
        <source>{free} libres de {total}</source>
        <translation>{free} free of {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="346"/>
        <source>%n copia(s); la última, {name}</source>
        <translation>
            <numerusform>%n backup: {name}</numerusform>
            <numerusform>%n backups; the latest, {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="350"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="366"/>
        <source>{time} ({age})</source>
        <translation>{time} ({age})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="373"/>
        <source>hace un momento</source>
        <translation>a moment ago</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="375"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="377"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="378"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="385"/>
        <source>Loyalty Counter · Acerca de y diagnóstico · {time} UTC</source>
        <translation>Loyalty Counter · About and diagnostics · {time} UTC</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="399"/>
        <source>Resumen copiado: péguelo en el correo o el chat de soporte.</source>
        <translation>Summary copied: paste it into your e-mail or chat with support.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="406"/>
        <source>Carpeta donde guardar el archivo de diagnóstico</source>
        <translation>Folder to save the diagnostics file in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="417"/>
        <source>Guardando el archivo de diagnóstico…</source>
        <translation>Saving the diagnostics file…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="431"/>
        <source>Archivo de diagnóstico guardado en:
{path}</source>
        <translation>Diagnostics file saved to:
{path}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="441"/>
        <source>No se pudo guardar el archivo en {folder}: {reason}</source>
        <translation>The file could not be saved in {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="72"/>
        <source>Recomendar</source>
        <translation>Recommend</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="75"/>
        <source>Añadir a la venta</source>
        <translation>Add to sale</translation>
    </message>
</context>
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="101"/>
        <source>Asesoramiento de belleza</source>
        <translation>Beauty advice</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="109"/>
        <source>Recoger el consentimiento ahora</source>
        <translation>Collect consent now</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="119"/>
        <source>Guardar diagnóstico</source>
        <translation>Save diagnostic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="121"/>
        <source>Empezar de nuevo</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="143"/>
        <source>Guardar hábitos</source>
        <translation>Save habits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="159"/>
        <source>Diagnóstico</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="160"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="161"/>
        <source>Hábitos</source>
        <translation>Habits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="162"/>
        <source>Consejos</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="165"/>
        <source>Informe para el cliente</source>
        <translation>Report for the customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="169"/>
        <source>Enviar informe por e-mail</source>
        <translation>Send report by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="172"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="206"/>
        <source>Asesoramiento · {name}</source>
        <translation>Beauty advice · {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="215"/>
        <source>{name} no ha dado su consentimiento para registrar datos de piel y hábitos (o lo ha retirado). Sin él no se puede anotar ni consultar su diagnóstico. Si lo desea, puede darlo ahora: lo lee, lo marca y firma.</source>
        <translation>{name} has not given consent to record skin and habit data (or has withdrawn it). Without it, their diagnostic cannot be recorded or viewed. If they wish, they can give it now: they read it, tick it and sign.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="223"/>
        <source>Los datos de piel y hábitos solo se registran para socias y socios del club, con su consentimiento firmado. {name} puede hacerse socio/a con una compra de esta visita.</source>
        <translation>Skin and habit data is only recorded for club members, with their signed consent. {name} can join the club with a purchase on this visit.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="247"/>
        <source>Se le acaba</source>
        <translation>Running out</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acabó el {d}</source>
        <translation>Ran out on {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acaba el {d}</source>
        <translation>Runs out on {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="260"/>
        <source>Sugerencias para su piel</source>
        <translation>Suggestions for their skin</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="267"/>
        <source>Se suele comprar junto con lo que lleva</source>
        <translation>Often bought with items in their basket</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="278"/>
        <source>Nada por ahora.</source>
        <translation>Nothing for now.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="285"/>
        <source>«{name}» añadido a la venta.</source>
        <translation>“{name}” added to the sale.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="306"/>
        <source>«{name}» recomendado en el diagnóstico.</source>
        <translation>“{name}” recommended in the diagnostic.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="314"/>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="364"/>
        <source>Revise los datos marcados.</source>
        <translation>Please check the marked details.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="329"/>
        <source>Diagnóstico guardado.</source>
        <translation>Diagnostic saved.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="353"/>
        <source>Corrigiendo el diagnóstico del {d}: al guardar, sustituye al anterior.</source>
        <translation>Correcting the diagnostic from {d}: saving it replaces the earlier one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="367"/>
        <source>No hay cambios que guardar.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="380"/>
        <source>Hábitos guardados.</source>
        <translation>Habits saved.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="385"/>
        <source>Producto recomendado</source>
        <translation>Recommended product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="385"/>
        <source>Producto que usa</source>
        <translation>Product they use</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="434"/>
        <source>Consentimiento firmado y guardado.</source>
        <translation>Consent signed and saved.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="446"/>
        <source>Informe de cuidado de la piel</source>
        <translation>Skincare report</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="462"/>
        <source>Solo se envía por e-mail a quien dio su e-mail y aceptó recibir nuestros correos. Imprímalo para que se lo lleve.</source>
        <translation>It is only e-mailed to customers who gave their e-mail address and agreed to receive our e-mails. Print it for them to take away.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="475"/>
        <source>El informe se enviará a {to}.</source>
        <translation>The report will be sent to {to}.</translation>
    </message>
</context>
<context>
    <name>AdvisorLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="14"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="15"/>
        <source>Seca</source>
        <translation>Dry</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="16"/>
        <source>Grasa</source>
        <translation>Oily</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="17"/>
        <source>Mixta</source>
        <translation>Combination</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="20"/>
        <source>Baja</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="21"/>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="22"/>
        <source>Alta</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="25"/>
        <source>Líneas finas</source>
        <translation>Fine lines</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="26"/>
        <source>Arrugas</source>
        <translation>Wrinkles</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="27"/>
        <source>Manchas</source>
        <translation>Dark spots</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="28"/>
        <source>Acné</source>
        <translation>Acne</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="29"/>
        <source>Rojeces</source>
        <translation>Redness</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="30"/>
        <source>Ojeras</source>
        <translation>Dark circles</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="31"/>
        <source>Poros dilatados</source>
        <translation>Enlarged pores</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="32"/>
        <source>Tono apagado</source>
        <translation>Dullness</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="33"/>
        <source>Deshidratación</source>
        <translation>Dehydration</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="36"/>
        <source>Frente</source>
        <translation>Forehead</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="37"/>
        <source>Ojos</source>
        <translation>Eye area</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="38"/>
        <source>Nariz</source>
        <translation>Nose</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="39"/>
        <source>Mejillas</source>
        <translation>Cheeks</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="40"/>
        <source>Boca</source>
        <translation>Mouth area</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="41"/>
        <source>Mentón</source>
        <translation>Chin</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="42"/>
        <source>Cuello</source>
        <translation>Neck</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="45"/>
        <source>Siempre se quema, nunca se broncea</source>
        <translation>Always burns, never tans</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="46"/>
        <source>Se quema con facilidad, se broncea poco</source>
        <translation>Burns easily, tans little</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="47"/>
        <source>A veces se quema, se broncea poco a poco</source>
        <translation>Sometimes burns, tans gradually</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="48"/>
        <source>Rara vez se quema, se broncea con facilidad</source>
        <translation>Rarely burns, tans easily</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="49"/>
        <source>Casi nunca se quema, piel morena</source>
        <translation>Almost never burns, brown skin</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="50"/>
        <source>Nunca se quema, piel muy oscura</source>
        <translation>Never burns, very dark skin</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="54"/>
        <source>Limpieza</source>
        <translation>Cleansing</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="55"/>
        <source>Tónico</source>
        <translation>Toner</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="56"/>
        <source>Sérum</source>
        <translation>Serum</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="57"/>
        <source>Hidratante</source>
        <translation>Moisturiser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="58"/>
        <source>Contorno de ojos</source>
        <translation>Eye care</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="59"/>
        <source>Protección solar</source>
        <translation>Sun protection</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="60"/>
        <source>Maquillaje</source>
        <translation>Make-up</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="61"/>
        <source>Desmaquillante</source>
        <translation>Make-up removal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="62"/>
        <source>Cuerpo</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="63"/>
        <source>Cabello</source>
        <translation>Hair</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="66"/>
        <source>Mañana y noche</source>
        <translation>Twice a day</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="67"/>
        <source>Una vez al día</source>
        <translation>Once a day</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="68"/>
        <source>Varias veces por semana</source>
        <translation>Several times a week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="69"/>
        <source>Una vez por semana</source>
        <translation>Once a week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="70"/>
        <source>De vez en cuando</source>
        <translation>Occasionally</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="73"/>
        <source>Sin perfume</source>
        <translation>Fragrance-free</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="74"/>
        <source>Vegano</source>
        <translation>Vegan</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="75"/>
        <source>Para piel sensible</source>
        <translation>For sensitive skin</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="78"/>
        <source>Hasta 20 €</source>
        <translation>Up to €20</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="79"/>
        <source>20–50 €</source>
        <translation>€20–50</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="80"/>
        <source>Más de 50 €</source>
        <translation>Over €50</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="44"/>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="45"/>
        <source>Aprobación de un encargado</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="50"/>
        <source>Un encargado escribe su código y su PIN para aprobarlo. La sesión abierta no cambia.</source>
        <translation>A manager enters their code and PIN to approve it. The open session does not change.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="56"/>
        <source>Código del encargado</source>
        <translation>Manager&apos;s code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="57"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="69"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="71"/>
        <source>Aprobar</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="115"/>
        <source>Escriba el código y el PIN del encargado.</source>
        <translation>Enter the manager&apos;s code and PIN.</translation>
    </message>
</context>
<context>
    <name>BoughtLinePicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="45"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="51"/>
        <source>Nº de ticket, o escanee su QR</source>
        <translation>Receipt number, or scan its QR</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="53"/>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="64"/>
        <source>Producto comprado (opcional)</source>
        <translation>Product bought (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="81"/>
        <source>{name} ×{q}
{day} · ticket {receipt}</source>
        <translation>{name} ×{q}
{day} · receipt {receipt}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="92"/>
        <source>Líneas del ticket {n}: toque el producto.</source>
        <translation>Lines of receipt {n}: tap the product.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="96"/>
        <source>Sus últimas compras en esta tienda: toque el producto.</source>
        <translation>Their latest purchases at this store: tap the product.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="100"/>
        <source>No tiene compras en esta tableta: busque el ticket por su número.</source>
        <translation>No purchases on this tablet: look the receipt up by its number.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="129"/>
        <source>Ningún producto elegido</source>
        <translation>No product chosen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="133"/>
        <source>{name} — ticket {receipt} del {day}</source>
        <translation>{name} — receipt {receipt} from {day}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="57"/>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="58"/>
        <source>Anular un canje</source>
        <translation>Cancel a redemption</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Regalo</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="78"/>
        <source>Este cliente no ha canjeado regalos en esta tienda.</source>
        <translation>This customer has not redeemed any gifts at this store.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="83"/>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="107"/>
        <source>Motivo de la anulación</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="86"/>
        <source>¿Devuelve el regalo?</source>
        <translation>Is the gift returned?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="87"/>
        <source>Márquelo si el cliente trae el regalo: vuelve al stock</source>
        <translation>Tick it if the customer brings the gift back: it goes back into stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="91"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="93"/>
        <source>Anular canje</source>
        <translation>Cancel redemption</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="104"/>
        <source>Canjes en esta tienda</source>
        <translation>Redemptions at this store</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="171"/>
        <source>Elija el canje que se anula.</source>
        <translation>Choose the redemption to cancel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="174"/>
        <source>Escriba el motivo: al menos %n carácter(es) más.</source>
        <translation>
            <numerusform>Enter the reason: at least %n more character.</numerusform>
            <numerusform>Enter the reason: at least %n more characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="178"/>
        <source>Se devolverán {points} a su saldo.</source>
        <translation>{points} will go back to their balance.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="188"/>
        <source>Anular el canje de «{gift}» ({points}) de {name}</source>
        <translation>Cancel {name}&apos;s redemption of “{gift}” ({points})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="219"/>
        <source>Canje anulado: se han devuelto {points}. Saldo: {balance}.</source>
        <translation>Redemption cancelled: {points} given back. Balance: {balance}.</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="48"/>
        <source>Código de producto (F3) y Intro</source>
        <translation>Product code (F3) and Enter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="50"/>
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Una unidad menos</source>
        <translation>One fewer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Una unidad más</source>
        <translation>One more</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Cantidad…</source>
        <translation>Quantity…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="73"/>
        <source>Dto. línea…</source>
        <translation>Line discount…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="74"/>
        <source>Quitar línea</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="75"/>
        <source>Dto. ticket…</source>
        <translation>Sale discount…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="94"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>Descuentos</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="102"/>
        <source>Cobrar (F9)</source>
        <translation>Take payment (F9)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="107"/>
        <source>Venta</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Unidades:</source>
        <translation>Units:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="198"/>
        <source>Descuento de línea</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="207"/>
        <source>Descuento de ticket</source>
        <translation>Sale discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="242"/>
        <source>IVA {rate} %: {vat}</source>
        <translation>VAT {rate}%: {vat}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="250"/>
        <source>Puntos de esta venta: {n}, para el nuevo socio/a {name}</source>
        <translation>Points for this sale: {n}, for the new member {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="255"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation>No customer: this sale earns no points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="257"/>
        <source>Puntos de esta venta: {n}</source>
        <translation>Points from this sale: {n}</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation>Disc.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="114"/>
        <source>Consentimiento</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="118"/>
        <source>Texto versión {v} · {language}</source>
        <translation>Text version {v} · {language}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="133"/>
        <source>Obligatorio para ser socio/a</source>
        <translation>Required to be a member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="151"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="196"/>
        <source>Firma de {name}</source>
        <translation>Signature of {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="155"/>
        <source>Borrar</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="156"/>
        <source>Deshacer trazo</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="163"/>
        <source>Firmar y aceptar</source>
        <translation>Sign and accept</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="165"/>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="205"/>
        <source>marcar las condiciones del club</source>
        <translation>tick the club&apos;s terms</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="207"/>
        <source>marcar lo que acepta</source>
        <translation>tick what they accept</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="209"/>
        <source>firmar en el recuadro</source>
        <translation>sign in the box</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="211"/>
        <source>Para aceptar falta: {what}.</source>
        <translation>Still needed to accept: {what}.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="59"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="61"/>
        <source>Consentimientos de {name}</source>
        <translation>Consents of {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="84"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="85"/>
        <source>Tienda</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="86"/>
        <source>Atendió</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="87"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="88"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="100"/>
        <source>Sí: lo da · No: lo retira · —: sin cambios en ese registro</source>
        <translation>Yes: given · No: withdrawn · —: unchanged in that record</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="104"/>
        <source>Reimprimir</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="106"/>
        <source>Enviar por e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="107"/>
        <source>Enviar el documento de este registro a su e-mail</source>
        <translation>Send this record&apos;s document to their e-mail address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="109"/>
        <source>Cambiar elección</source>
        <translation>Change a choice</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="111"/>
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="113"/>
        <source>Descartar cambios</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="115"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="137"/>
        <source>Situación actual</source>
        <translation>Current state</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="141"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="184"/>
        <source>El documento firmado está en la central: disponible tras sincronizar</source>
        <translation>The signed document is at head office: available after sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>Dado</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>No dado</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="266"/>
        <source>Retirar un consentimiento tiene efecto en esta tienda al guardarlo, y en todas las demás en cuanto se sincronice.</source>
        <translation>Withdrawing a consent takes effect in this store when saved, and in every other store as soon as it syncs.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="273"/>
        <source>Darse de baja del club retira también todos los demás consentimientos. La tarjeta y los puntos dejan de valer.</source>
        <translation>Leaving the club also withdraws every other consent. The card and the points stop being valid.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="280"/>
        <source>No es socio/a del club: aquí solo se puede retirar. Para volver a ser socio/a, haga un alta nueva con una compra.</source>
        <translation>Not a club member: only withdrawals can be made here. To rejoin, enrol again with a purchase.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="287"/>
        <source>Quitar una marca la retira sin firma. Marcar una nueva la da: el cliente la leerá y firmará.</source>
        <translation>Unticking withdraws it without a signature. Ticking a new one gives it: the customer reads and signs it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="305"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation>No choice has changed.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="318"/>
        <source>Baja del club</source>
        <translation>Leaving the club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="320"/>
        <source>{name} dejará de ser socio/a del club y se retirarán todos sus consentimientos. ¿Darle de baja?</source>
        <translation>{name} will no longer be a club member and every consent will be withdrawn. Remove from the club?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="323"/>
        <source>Dar de baja</source>
        <translation>Remove from the club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="324"/>
        <source>No, volver</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="370"/>
        <source>Guardado. Ya cuenta en esta tienda; en las demás, en cuanto esta tableta sincronice.</source>
        <translation>Saved. It counts in this store now; in the others, as soon as this tablet syncs.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="69"/>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="70"/>
        <source>Corregir y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="72"/>
        <source>La central lo rechazó: {reason}. Corrija el dato y vuelva a enviarlo.</source>
        <translation>Head office rejected it: {reason}. Correct the value and send it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="94"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="96"/>
        <source>Reenviar corregido</source>
        <translation>Resend corrected</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="117"/>
        <source>Nombre</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="118"/>
        <source>Apellidos</source>
        <translation>Last names</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="120"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="121"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="122"/>
        <source>Fecha de nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="123"/>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="124"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="125"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="132"/>
        <source>— sin indicar —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="150"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="196"/>
        <source>Este dato es obligatorio.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="198"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation>Too long: only {limit} characters fit.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="202"/>
        <source>Lleva caracteres que no se pueden guardar: escríbalo de nuevo.</source>
        <translation>It has characters that cannot be saved: type it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="204"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation>Write the date as day/month/year, for example 14/03/1991.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="206"/>
        <source>Un código postal son 5 cifras, por ejemplo 08007.</source>
        <translation>A postal code is 5 digits, for example 08007.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="208"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation>Choose one of the options in the list.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="209"/>
        <source>Revise este dato.</source>
        <translation>Check this value.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="213"/>
        <source>Corrija los datos marcados.</source>
        <translation>Correct the marked details.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="103"/>
        <source>Cámara</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="106"/>
        <source>Devolución (F8)</source>
        <translation>Return (F8)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="108"/>
        <source>Tickets (F7)</source>
        <translation>Receipts (F7)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="110"/>
        <source>Reposiciones</source>
        <translation>Running out</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="111"/>
        <source>Clientes a los que se les acaba un producto esta semana</source>
        <translation>Customers running out of a product this week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="113"/>
        <source>Incidencias</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="114"/>
        <source>Las incidencias abiertas de la tienda</source>
        <translation>The store&apos;s open incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="116"/>
        <source>Nueva venta</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="118"/>
        <source>Cambiar usuario (F12)</source>
        <translation>Switch user (F12)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="185"/>
        <source>Alta de {new} descartada (no se ha guardado nada): la venta es para {who}.</source>
        <translation>Enrolment of {new} dropped (nothing was saved): the sale is for {who}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="190"/>
        <source>Cliente: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="221"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="297"/>
        <source>Nuevo socio/a: {name} — se dará de alta al cobrar</source>
        <translation>New member: {name} — enrolled when the sale is paid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="239"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="244"/>
        <source>Descartar el alta</source>
        <translation>Drop the enrolment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="241"/>
        <source>El alta de {name} todavía no se ha guardado: se guarda al cobrar. Si la descarta, se pierden sus datos y su firma. ¿Descartarla?</source>
        <translation>The enrolment of {name} is not saved yet: it is saved when the sale is paid. Dropping it loses the data and the signature. Drop it?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="245"/>
        <source>No, mantenerla</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="255"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="365"/>
        <source>Alta de {name} descartada: no se ha guardado nada.</source>
        <translation>Enrolment of {name} dropped: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="467"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation>Camera on: hold the code up to the camera</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="470"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation>The camera cannot be used: {r}</translation>
    </message>
</context>
<context>
    <name>DiagnosticForm</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="168"/>
        <source>Tipo de piel</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="175"/>
        <source>Sensibilidad</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="180"/>
        <source>Fototipo</source>
        <translation>Phototype</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="188"/>
        <source>Preocupaciones</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="191"/>
        <source>Zonas tratadas</source>
        <translation>Areas treated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="200"/>
        <source>Niveles (0 a 100)</source>
        <translation>Levels (0 to 100)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="204"/>
        <source>Hidratación</source>
        <translation>Hydration</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="204"/>
        <source>Grasa</source>
        <translation>Oiliness</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="229"/>
        <source>Lectura del medidor</source>
        <translation>Meter reading</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="232"/>
        <source>Toque aquí y mida con el analizador</source>
        <translation>Tap here and measure with the analyser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="252"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="260"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="262"/>
        <source>Lo que observa, lo que cuenta el cliente, lo que le ha aconsejado…</source>
        <translation>What you observe, what the customer tells you, what you advised…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="278"/>
        <source>Añadir del catálogo</source>
        <translation>Add from catalogue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="307"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="327"/>
        <source>Próxima cita</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="312"/>
        <source>+2 semanas</source>
        <translation>+2 weeks</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="313"/>
        <source>+1 mes</source>
        <translation>+1 month</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="314"/>
        <source>+3 meses</source>
        <translation>+3 months</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="315"/>
        <source>Otra fecha</source>
        <translation>Other date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="329"/>
        <source>Quitar cita</source>
        <translation>Remove appointment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="336"/>
        <source>Sin próxima cita</source>
        <translation>No next appointment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="439"/>
        <source>«{name}» ya está en la lista.</source>
        <translation>“{name}” is already on the list.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="481"/>
        <source>Leído del medidor: {levels}.</source>
        <translation>Read from the meter: {levels}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="488"/>
        <source>No se entiende «{text}»: vuelva a medir o escriba los niveles a mano.</source>
        <translation>“{text}” cannot be read: measure again or type the levels in by hand.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="567"/>
        <source>del medidor</source>
        <translation>from the meter</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="569"/>
        <source>a mano</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="614"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="615"/>
        <source>Quitar {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="623"/>
        <source>Ninguno todavía: «Añadir del catálogo» para recomendar un producto.</source>
        <translation>None yet: “Add from catalogue” to recommend a product.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="632"/>
        <source>Productos recomendados ({n}/{limit})</source>
        <translation>Recommended products ({n}/{limit})</translation>
    </message>
</context>
<context>
    <name>DiagnosticHistory</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="111"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="112"/>
        <source>Tienda · asesor/a</source>
        <translation>Shop · adviser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="113"/>
        <source>Tipo de piel</source>
        <translation>Skin type</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="114"/>
        <source>Sensibilidad</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="115"/>
        <source>Hidratación</source>
        <translation>Hydration</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="116"/>
        <source>Grasa</source>
        <translation>Oiliness</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="117"/>
        <source>Fototipo</source>
        <translation>Phototype</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="118"/>
        <source>Preocupaciones</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="119"/>
        <source>Zonas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="120"/>
        <source>Productos recomendados</source>
        <translation>Recommended products</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="121"/>
        <source>Próxima cita</source>
        <translation>Next appointment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="122"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="143"/>
        <source>Aún no hay diagnósticos de este cliente.</source>
        <translation>No diagnostics for this customer yet.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="189"/>
        <source>corregido</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="191"/>
        <source>corrección</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="240"/>
        <source>sin medir</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="248"/>
        <source>Medido con el analizador</source>
        <translation>Measured with the analyser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="250"/>
        <source>Escrito a mano</source>
        <translation>Typed in by hand</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="254"/>
        <source>Corregir</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="255"/>
        <source>Registrar una corrección de este diagnóstico</source>
        <translation>Record a correction to this diagnostic</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation>Percentage (%)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation>0 = no discount</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="70"/>
        <source>Preparando el documento…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="82"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="83"/>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="84"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="133"/>
        <source>Guardar PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="39"/>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="63"/>
        <source>Reposiciones de la semana</source>
        <translation>Running out this week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="41"/>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Se le acaba</source>
        <translation>Running out</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Avisar por</source>
        <translation>Remind by</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="54"/>
        <source>Abrir ficha</source>
        <translation>Open card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="56"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="75"/>
        <source>%n cliente(s) con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</source>
        <translation>
            <numerusform>%n customer running out of something in the next 7 days; {r} agreed to be reminded. Tell the others when they come in.</numerusform>
            <numerusform>%n customers running out of something in the next 7 days; {r} agreed to be reminded. Tell the others when they come in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="82"/>
        <source>A nadie se le acaba nada esta semana.</source>
        <translation>Nobody is running out of anything this week.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="97"/>
        <source>En tienda</source>
        <translation>In the shop</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="29"/>
        <source>Posibles duplicados</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="60"/>
        <source>Ningún cliente conocido coincide por ahora. Se comprueba el DNI/NIE, el teléfono, el e-mail, y el nombre con la fecha de nacimiento.</source>
        <translation>No known customer matches so far. The DNI/NIE, phone, e-mail, and the name with the birth date are checked.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="67"/>
        <source>Puede que ya sea cliente: compruébelo con él o ella y, si es la misma persona, abra su ficha en lugar de crear otra.</source>
        <translation>This may already be a customer: check with them and, if it is the same person, open their card instead of creating another.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>Socio/a del club</source>
        <translation>Club member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>No es socio/a</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="81"/>
        <source>Tarjeta {n}</source>
        <translation>Card {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="83"/>
        <source>Tel. {p}</source>
        <translation>Tel. {p}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="88"/>
        <source>Coincide: {why}</source>
        <translation>Matches: {why}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="92"/>
        <source>Abrir ficha</source>
        <translation>Open card</translation>
    </message>
</context>
<context>
    <name>EnrolmentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="12"/>
        <source>Condiciones del club</source>
        <translation>Club terms</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="13"/>
        <source>Ofertas por e-mail</source>
        <translation>Offers by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="14"/>
        <source>Ofertas por SMS</source>
        <translation>Offers by SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="15"/>
        <source>Ofertas personalizadas (perfil)</source>
        <translation>Personalised offers (profiling)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="16"/>
        <source>Datos de piel y hábitos</source>
        <translation>Skin and habit data</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="19"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="20"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="21"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="22"/>
        <source>Perfil</source>
        <translation>Profiling</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="23"/>
        <source>Piel</source>
        <translation>Skin</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="26"/>
        <source>mismo DNI/NIE</source>
        <translation>same DNI/NIE</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="27"/>
        <source>mismo teléfono</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="28"/>
        <source>mismo e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="29"/>
        <source>nombre parecido y misma fecha de nacimiento</source>
        <translation>similar name and same birth date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="34"/>
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="35"/>
        <source>Hombre</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="36"/>
        <source>No binario</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="42"/>
        <source>Alta</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="43"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="23"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation>Code {code} is not valid (wrong check digit). Please scan it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="27"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation>There is no product with code {code}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="28"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation>“{name}” ({code}) has been discontinued and cannot be sold.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="31"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation>The quantity must be a whole number from 1 to 999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="34"/>
        <source>«{text}» no es un importe válido.</source>
        <translation>“{text}” is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="35"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation>Your profile allows discounts of up to {limit}%. Please ask a manager.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation>There are no products in the sale.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation>{missing} still to pay.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="40"/>
        <source>Código o PIN incorrecto.</source>
        <translation>Wrong code or PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="41"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation>Too many attempts. Code locked for {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="44"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation>This tablet has not reached head office for more than {days} days: connect it to the network and sync to log in.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Su perfil no permite esta operación.</source>
        <translation>Your profile does not allow this operation.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="50"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation>Receipt {number} not found.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="51"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation>Only {left} units of “{name}” are left to return.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="54"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation>Customer not found in this shop.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="55"/>
        <source>«{text}» no es un DNI ni un NIE: un DNI son 8 cifras y una letra; un NIE, X, Y o Z, 7 cifras y una letra.</source>
        <translation>“{text}” is not a DNI or NIE: a DNI is 8 digits and a letter; an NIE is X, Y or Z, 7 digits and a letter.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="60"/>
        <source>La letra de «{text}» no corresponde a sus cifras: debería ser {expected}.</source>
        <translation>The letter of “{text}” does not match its digits: it should be {expected}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="63"/>
        <source>«{text}» no es un teléfono válido: 9 cifras, o + y el prefijo del país si es extranjero.</source>
        <translation>“{text}” is not a valid phone number: 9 digits, or + and the country code if foreign.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="105"/>
        <source>Menor de {age} años: el alta necesita el consentimiento de su madre, padre o tutor.</source>
        <translation>Under {age}: enrolling needs the consent of a parent or guardian.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="67"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation>“{text}” is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="68"/>
        <source>Un e-mail lleva una arroba (@), y solo una: nombre@dominio.es.</source>
        <translation>An e-mail address has one at sign (@), and only one: name@domain.com.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="71"/>
        <source>Un e-mail no puede llevar espacios.</source>
        <translation>An e-mail address cannot contain spaces.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="72"/>
        <source>Falta el nombre antes de la arroba: nombre@dominio.es.</source>
        <translation>The name before the at sign is missing: name@domain.com.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="75"/>
        <source>Después de la arroba falta el dominio con su punto, como en @gmail.com.</source>
        <translation>After the at sign, the domain with its dot is missing, as in @gmail.com.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="78"/>
        <source>Un e-mail no puede llevar dos puntos seguidos (..).</source>
        <translation>An e-mail address cannot have two dots in a row (..).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="81"/>
        <source>Este dato es obligatorio.</source>
        <translation>This is required.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="82"/>
        <source>Demasiado largo: tiene {length} caracteres y caben {limit}.</source>
        <translation>Too long: {length} characters, and {limit} fit.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="85"/>
        <source>«{char}» no puede ir en un nombre: solo letras, espacios, guiones, apóstrofos y puntos.</source>
        <translation>“{char}” cannot be part of a name: only letters, spaces, hyphens, apostrophes and dots.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="89"/>
        <source>Un nombre tiene que llevar letras.</source>
        <translation>A name needs letters.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="90"/>
        <source>«{text}» no es un código postal español: son 5 cifras, de 01000 a 52999.</source>
        <translation>“{text}” is not a Spanish postal code: 5 digits, from 01000 to 52999.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="93"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation>Write the date as day/month/year, for example 14/03/1991.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="96"/>
        <source>La fecha {text} no existe: revise el día y el mes.</source>
        <translation>The date {text} does not exist: check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="99"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation>The birth date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="102"/>
        <source>Son más de {years} años: revise el año de nacimiento.</source>
        <translation>That is more than {years} years: check the year of birth.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="109"/>
        <source>Indique un teléfono o un e-mail: al menos uno de los dos.</source>
        <translation>Give a phone number or an e-mail address: at least one of them.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="112"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation>Choose one of the options in the list.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="113"/>
        <source>Para ser socio/a del club hay que aceptar sus condiciones.</source>
        <translation>To be a club member, the club&apos;s terms must be accepted.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="116"/>
        <source>La firma es demasiado corta o pequeña. Borre y pida al cliente que firme de nuevo, a lo ancho del recuadro.</source>
        <translation>The signature is too short or too small. Clear it and ask the customer to sign again, across the box.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="121"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation>No choice has changed.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="122"/>
        <source>Esta tableta aún no puede emitir tarjetas de socio: debe sincronizar una vez con la central. Sincronice, o descarte el alta para cobrar la venta sin ella.</source>
        <translation>This tablet cannot issue member cards yet: it must sync once with head office. Sync, or drop the enrolment to take the payment without it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="127"/>
        <source>Esta tableta ha emitido todas sus tarjetas de socio: avise a la central. Descarte el alta para cobrar la venta sin ella.</source>
        <translation>This tablet has issued all its member cards: tell head office. Drop the enrolment to take the payment without it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="132"/>
        <source>Este cliente ya es socio/a del club.</source>
        <translation>This customer is already a club member.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="133"/>
        <source>Este cliente no tiene e-mail. Añada su e-mail en sus datos de cliente y vuelva a enviarlo, o imprima el documento.</source>
        <translation>This customer has no e-mail address. Add their e-mail address to their customer details and send it again, or print the document.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="139"/>
        <source>Este cliente no ha dado su consentimiento para guardar datos de piel y hábitos, o lo ha retirado. Sin él no se guarda el diagnóstico.</source>
        <translation>This customer has not given consent to keep skin and habit data, or has withdrawn it. Without it, the diagnostic is not saved.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="144"/>
        <source>«{value}» no vale: el nivel va de 0 a 100.</source>
        <translation>“{value}” is not valid: the level goes from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="145"/>
        <source>Escriba un número de 0 a 100, o déjelo en blanco si no se ha medido.</source>
        <translation>Enter a number from 0 to 100, or leave it blank if it was not measured.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="148"/>
        <source>Las notas tienen {length} caracteres y caben {limit}: acórtelas.</source>
        <translation>The notes have {length} characters and only {limit} fit: please shorten them.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="151"/>
        <source>La próxima cita ya ha pasado: elija una fecha y hora posteriores a ahora.</source>
        <translation>The next appointment is in the past: choose a future date and time.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="154"/>
        <source>La próxima cita es a más de un año vista: elija una fecha más cercana.</source>
        <translation>The next appointment is more than a year away: choose an earlier date.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="157"/>
        <source>Elija el tipo de piel: es lo mínimo que recoge un diagnóstico.</source>
        <translation>Choose the skin type: every diagnostic needs at least that.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="160"/>
        <source>Se pueden recomendar {limit} productos como mucho: quite alguno antes.</source>
        <translation>No more than {limit} products can be recommended: remove one first.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="164"/>
        <source>Los datos de esta tienda no se pueden leer con la clave de esta instalación: se crearon en otra instalación, o la clave se ha perdido.

Llame a soporte. No borre la carpeta de datos ({folder}): las ventas que aún no se han sincronizado solo están ahí.</source>
        <translation>This shop&apos;s data cannot be read with this installation&apos;s key: it was made on another installation, or the key has been lost.

Call support. Do not delete the data folder ({folder}): sales not yet synced are only there.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="171"/>
        <source>No se puede leer la clave que protege los datos de la tienda.

Desbloquee el llavero del sistema (cierre la sesión del equipo y vuelva a entrar) o compruebe que la carpeta de la clave está en su sitio y se puede leer; después, vuelva a abrir la aplicación. Si sigue igual, llame a soporte. No borre la carpeta de datos.</source>
        <translation>The key that protects the shop&apos;s data cannot be read.

Unlock the system keyring (log out of the computer and back in) or check that the key folder is in place and readable; then open the app again. If nothing changes, call support. Do not delete the data folder.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="179"/>
        <source>Los datos de la tienda están abiertos en otro programa, seguramente otra copia de esta aplicación.

Cierre la otra copia y vuelva a abrir la aplicación.</source>
        <translation>The shop&apos;s data is open in another program, most likely another copy of this app.

Close the other copy and open the app again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="185"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation>Something went wrong. Nothing has been half-saved; please try again.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="137"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="138"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="435"/>
        <source>Cifras de la tienda</source>
        <translation>Store figures</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="150"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="151"/>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="152"/>
        <source>Este mes</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="153"/>
        <source>Últimos 30 días</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="154"/>
        <source>Este año</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="157"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="159"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="169"/>
        <source>Exportar PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="175"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Ventas</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="176"/>
        <source>Ventas con campaña</source>
        <translation>Campaign sales</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="177"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="198"/>
        <source>Puntos otorgados</source>
        <translation>Points awarded</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="178"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="199"/>
        <source>Puntos canjeados</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="179"/>
        <source>Altas hoy</source>
        <translation>New members today</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="180"/>
        <source>Altas esta semana</source>
        <translation>New members this week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="181"/>
        <source>Altas este mes</source>
        <translation>New members this month</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="182"/>
        <source>Incidencias abiertas</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="192"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="326"/>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="193"/>
        <source>Altas</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="194"/>
        <source>Tickets</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="195"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="196"/>
        <source>Con campaña</source>
        <translation>With campaign</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="197"/>
        <source>% campaña</source>
        <translation>% campaign</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>Regalo</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>En stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Campaña</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Respuestas</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="208"/>
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="208"/>
        <source>Abiertas</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="210"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="319"/>
        <source>Ventas por día</source>
        <translation>Sales by day</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="211"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="322"/>
        <source>Cifras por día</source>
        <translation>Figures by day</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="212"/>
        <source>Regalos en stock</source>
        <translation>Gifts in stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="213"/>
        <source>Campañas</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="214"/>
        <source>Incidencias</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="217"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="295"/>
        <source>La fecha «Hasta» es anterior a «Desde»: cámbiela.</source>
        <translation>The “To” date is before the “From” date: change it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="297"/>
        <source>Se pueden ver {limit} días como mucho: acorte las fechas.</source>
        <translation>At most {limit} days can be shown: narrow the dates.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="319"/>
        <source>Ventas por semana</source>
        <translation>Sales by week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="322"/>
        <source>Cifras por semana</source>
        <translation>Figures by week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="326"/>
        <source>Semana</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="332"/>
        <source>Del {first} al {last} ({days} días).</source>
        <translation>From {first} to {last} ({days} days).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="337"/>
        <source>Cifras de esta tableta: aún no ha sincronizado con la central, cuyas cifras pueden ser mayores.</source>
        <translation>This tablet&apos;s figures: it has not synced with head office yet, whose figures may be higher.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="343"/>
        <source>Cifras de esta tableta y lo sincronizado hasta el {date} a las {time}: las de la central pueden ser mayores.</source>
        <translation>This tablet&apos;s figures and what was synced up to {date} at {time}: head office&apos;s may be higher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="352"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln receipt</numerusform>
            <numerusform>%Ln receipts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>lu</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>ma</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>ju</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>vi</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>sá</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>do</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="390"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="406"/>
        <source>Agotado</source>
        <translation>Out of stock</translation>
    </message>
</context>
<context>
    <name>GiftTexts</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="75"/>
        <source>%Ln punto(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="79"/>
        <source>Queda(n) %Ln</source>
        <translation>
            <numerusform>%Ln left</numerusform>
            <numerusform>%Ln left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="82"/>
        <source>Agotado</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="86"/>
        <source>Faltan {points}</source>
        <translation>{points} short</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="95"/>
        <source>Faltan {missing}: tiene {balance} y el regalo cuesta {asked}.</source>
        <translation>{missing} short: they have {balance} and the gift costs {asked}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="102"/>
        <source>Su saldo está en negativo ({balance}): no puede canjear regalos hasta que se regularice.</source>
        <translation>Their balance is below zero ({balance}): they cannot redeem gifts until it is settled.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="106"/>
        <source>Este regalo está agotado en la tienda.</source>
        <translation>This gift is out of stock at the store.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="109"/>
        <source>Este canje no se puede anular: no consta como entregado.</source>
        <translation>This redemption cannot be cancelled: it is not recorded as handed over.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="110"/>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="136"/>
        <source>Este regalo ya no se ofrece.</source>
        <translation>This gift is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="114"/>
        <source>{name} no es encargado/a: la aprobación necesita el código y el PIN de un encargado.</source>
        <translation>{name} is not a manager: approval needs a manager&apos;s code and PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="117"/>
        <source>Hace falta la aprobación de un encargado, con el motivo.</source>
        <translation>A manager&apos;s approval is needed, with the reason.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="119"/>
        <source>Este canje ya estaba anulado.</source>
        <translation>This redemption was already cancelled.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="123"/>
        <source>No se puede entregar sin conexión.</source>
        <translation>It cannot be handed over offline.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="130"/>
        <source>No tiene puntos suficientes. Saldo en la central: {balance}.</source>
        <translation>Not enough points. Balance at head office: {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="134"/>
        <source>A esta tienda no le queda ninguno de este regalo.</source>
        <translation>This store has none of this gift left.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="138"/>
        <source>Su saldo en la central está en negativo ({balance}).</source>
        <translation>Their balance at head office is below zero ({balance}).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="143"/>
        <source>El regalo ha cambiado de precio: vuelva a intentarlo después de sincronizar.</source>
        <translation>The gift&apos;s price has changed: try again after syncing.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="146"/>
        <source>Motivo: {reason}.</source>
        <translation>Reason: {reason}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="147"/>
        <source>La central no acepta el canje. {why} No se ha canjeado nada.</source>
        <translation>Head office does not accept the redemption. {why} Nothing was redeemed.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="153"/>
        <source>No tiene puntos suficientes según el saldo que conoce esta tableta.</source>
        <translation>Not enough points according to the balance this tablet knows.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="156"/>
        <source>Se ha buscado al cliente por su nombre: sin conexión, identifíquelo con la tarjeta o el documento (DNI/NIE) para gastar el saldo correcto.</source>
        <translation>The customer was found by name: when offline, identify them by card or ID document (DNI/NIE) so the right balance is spent.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="160"/>
        <source>Tiene un descubierto de puntos pendiente de revisar: no puede canjear sin conexión.</source>
        <translation>They have a points overdraft waiting for review: they cannot redeem offline.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="166"/>
        <source>Supera el máximo por canje sin conexión.</source>
        <translation>It is over the offline limit per redemption.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="167"/>
        <source>Supera el máximo por canje sin conexión: {cap}.</source>
        <translation>It is over the offline limit per redemption: {cap}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="172"/>
        <source>Supera lo que un cliente puede canjear sin conexión.</source>
        <translation>It is over what one customer can redeem offline.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="174"/>
        <source>Supera lo que un cliente puede canjear sin conexión: {cap} en total.</source>
        <translation>It is over what one customer can redeem offline: {cap} in total.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="178"/>
        <source>Supera lo que esta tableta puede entregar sin conexión.</source>
        <translation>It is over what this tablet can hand over offline.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="180"/>
        <source>Supera lo que esta tableta puede entregar sin conexión: {cap} en total.</source>
        <translation>It is over what this tablet can hand over offline: {cap} in total.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="183"/>
        <source>La central no ha confirmado el saldo hace poco.</source>
        <translation>Head office has not confirmed the balance recently.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="184"/>
        <source>La central no ha confirmado el saldo en {age}.</source>
        <translation>Head office has not confirmed the balance in {age}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="191"/>
        <source>los últimos %n día(s)</source>
        <translation>
            <numerusform>the last day</numerusform>
            <numerusform>the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="192"/>
        <source>las últimas %n hora(s)</source>
        <translation>
            <numerusform>the last hour</numerusform>
            <numerusform>the last %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="196"/>
        <source>Anulación de canje {ref}</source>
        <translation>Redemption cancellation {ref}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="197"/>
        <source>Canje {ref}</source>
        <translation>Redemption {ref}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="201"/>
        <source>Anulado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="203"/>
        <source>Confirmado</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="204"/>
        <source>Sin conexión: por confirmar</source>
        <translation>Offline: to be confirmed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="205"/>
        <source>No entregado: se consulta a la central</source>
        <translation>Not handed over: checking with head office</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="206"/>
        <source>Consultando a la central</source>
        <translation>Checking with head office</translation>
    </message>
</context>
<context>
    <name>HabitsEditor</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="119"/>
        <source>Paso de la rutina</source>
        <translation>Routine step</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="120"/>
        <source>Producto o marca</source>
        <translation>Product or brand</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="122"/>
        <source>Frecuencia</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="123"/>
        <source>Desde (MM/AAAA)</source>
        <translation>Since (MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="148"/>
        <source>Prefiere productos</source>
        <translation>Prefers products</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="149"/>
        <source>Precio habitual</source>
        <translation>Usual price</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="180"/>
        <source>Producto o marca que usa</source>
        <translation>Product or brand they use</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="181"/>
        <source>Catálogo</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="182"/>
        <source>Elegir del catálogo: {step}</source>
        <translation>Choose from catalogue: {step}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="185"/>
        <source>Frecuencia: {step}</source>
        <translation>Frequency: {step}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="194"/>
        <source>Desde: {step}</source>
        <translation>Since: {step}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="195"/>
        <source>MM/AAAA</source>
        <translation>MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="307"/>
        <source>Escriba el producto o la marca que usa.</source>
        <translation>Enter the product or brand they use.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="310"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation>Too long: only {limit} characters fit.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="324"/>
        <source>Revise el producto o la marca de este paso.</source>
        <translation>Check the product or brand for this step.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="334"/>
        <source>Escriba el mes y el año así: 03/2025.</source>
        <translation>Write the month and year like this: 03/2025.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="337"/>
        <source>«{text}» no es un mes que exista.</source>
        <translation>“{text}” is not a real month.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="341"/>
        <source>Ese mes aún no ha llegado.</source>
        <translation>That month has not come yet.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="379"/>
        <source>cambiado ahora, sin guardar</source>
        <translation>changed just now, not saved</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="397"/>
        <source>cambiado el {day}</source>
        <translation>changed on {day}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation>Receipt history</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="95"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation>Card, phone, DNI/NIE, email or name (F2)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Compra</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="124"/>
        <source>Nuevo cliente (F4)</source>
        <translation>New customer (F4)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="126"/>
        <source>Registrar a un cliente nuevo y darle de alta en el club</source>
        <translation>Register a new customer and enrol them in the club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="129"/>
        <source>Consentimientos</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="133"/>
        <source>Imprimir tarjeta</source>
        <translation>Print card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="138"/>
        <source>Enviar por e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="140"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation>Send the member card to their e-mail address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="144"/>
        <source>Hacerse socio/a</source>
        <translation>Join the club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="146"/>
        <source>Dar de alta en el club a este cliente, con la compra de esta visita</source>
        <translation>Enrol this customer in the club, with this visit&apos;s purchase</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="151"/>
        <source>Quitar cliente</source>
        <translation>Remove customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="153"/>
        <source>Asesoramiento (F6)</source>
        <translation>Beauty advice (F6)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="155"/>
        <source>Diagnóstico de piel, hábitos, consejos e informe (asesoras de belleza)</source>
        <translation>Skin diagnostic, habits, advice and report (beauty advisers)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="160"/>
        <source>Incidencia</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="162"/>
        <source>Abrir una incidencia: un producto defectuoso, una reacción, una queja…</source>
        <translation>Open an incident: a faulty product, a reaction, a complaint…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="167"/>
        <source>Regalos (F10)</source>
        <translation>Gifts (F10)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="168"/>
        <source>Canjear puntos por regalos</source>
        <translation>Redeem points for gifts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="174"/>
        <source>Ver todas</source>
        <translation>See all</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="175"/>
        <source>Las incidencias abiertas de la tienda</source>
        <translation>The store&apos;s open incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="214"/>
        <source>Últimas compras</source>
        <translation>Recent purchases</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="224"/>
        <source>Descartar alta</source>
        <translation>Drop enrolment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="227"/>
        <source>Alta en el club</source>
        <translation>Club enrolment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="237"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="255"/>
        <source>Se le acabó {name} ({d})</source>
        <translation>Ran out of {name} ({d})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="257"/>
        <source>Se le acaba {name} ({d})</source>
        <translation>Running out of {name} ({d})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="264"/>
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="265"/>
        <source>Añadir a la venta</source>
        <translation>Add to sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="295"/>
        <source>y otra incidencia más</source>
        <translation>and one more incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="297"/>
        <source>y {n} incidencias más</source>
        <translation>and {n} more incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="323"/>
        <source>hasta el {d}</source>
        <translation>until {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="325"/>
        <source>del {a} al {b}</source>
        <translation>from {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="330"/>
        <source>&lt;b&gt;Campaña {name}&lt;/b&gt; · {when}</source>
        <translation>&lt;b&gt;Campaign {name}&lt;/b&gt; · {when}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="337"/>
        <source>Incidencia &lt;b&gt;{ref}&lt;/b&gt; · {status} · {day}</source>
        <translation>Incident &lt;b&gt;{ref}&lt;/b&gt; · {status} · {day}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="343"/>
        <source>Central: «{text}»</source>
        <translation>Head office: “{text}”</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="345"/>
        <source>Sin respuesta de la central todavía</source>
        <translation>No answer from head office yet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="379"/>
        <source>socia</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="379"/>
        <source>no socia</source>
        <translation>non-member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="384"/>
        <source>Ningún cliente encontrado.</source>
        <translation>No customers found.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="454"/>
        <source>Nuevo socio/a: {name}</source>
        <translation>New member: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="461"/>
        <source>Se dará de alta al cobrar esta venta, y sus puntos serán suyos.</source>
        <translation>Enrolled when this sale is paid, and its points will be theirs.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="463"/>
        <source>Ha aceptado: {what}</source>
        <translation>Accepted: {what}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="464"/>
        <source>Si la venta no se cobra, no se guarda nada.</source>
        <translation>If the sale is not paid, nothing is kept.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="488"/>
        <source>Socia del club</source>
        <translation>Club member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="488"/>
        <source>No socia</source>
        <translation>Not a member</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="493"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="496"/>
        <source>Tarjeta {n}</source>
        <translation>Card {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="503"/>
        <source>Socia desde {d}</source>
        <translation>Member since {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="507"/>
        <source>Cumpleaños el {d}</source>
        <translation>Birthday on {d}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="80"/>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="85"/>
        <source>Nueva incidencia</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="83"/>
        <source>Nueva incidencia de {name}</source>
        <translation>New incident for {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="145"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="148"/>
        <source>Abrir incidencia</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="183"/>
        <source>Tipo de incidencia</source>
        <translation>Incident type</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="193"/>
        <source>Prioridad</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="209"/>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="215"/>
        <source>Qué ha pasado</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="217"/>
        <source>Qué le ha pasado al cliente, con qué producto, desde cuándo, qué pide…</source>
        <translation>What happened to the customer, with which product, since when, what they ask for…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="231"/>
        <source>Referencia de la incidencia, para el cliente:</source>
        <translation>Incident reference, for the customer:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="238"/>
        <source>Dé esta referencia al cliente (puede anotarla en su ticket). La central de atención al cliente estudiará la incidencia y responderá: su respuesta aparecerá en la ficha del cliente, aquí o en cualquier tienda.</source>
        <translation>Give this reference to the customer (you may write it on their receipt). Head office&apos;s customer service will look into the incident and answer: the answer will show on the customer&apos;s card, here or in any store.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="245"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="271"/>
        <source>Una reacción alérgica nunca tiene prioridad baja: la central la atiende antes que las demás.</source>
        <translation>An allergic reaction never has low priority: head office handles it before the others.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="313"/>
        <source>Cuente qué ha pasado: la central lo necesita para atender al cliente.</source>
        <translation>Say what happened: head office needs it to help the customer.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="316"/>
        <source>Cuente algo más: lleva {length} caracteres y hacen falta al menos {limit}.</source>
        <translation>Say a little more: it has {length} characters and needs at least {limit}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="320"/>
        <source>Demasiado larga: lleva {length} caracteres y caben {limit}. Resúmala.</source>
        <translation>Too long: it has {length} characters and only {limit} fit. Shorten it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="324"/>
        <source>Hay un carácter que no se puede enviar en la posición {n}: bórrelo.</source>
        <translation>There is a character that cannot be sent at position {n}: delete it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="327"/>
        <source>Una reacción alérgica no puede tener prioridad baja.</source>
        <translation>An allergic reaction cannot have low priority.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="337"/>
        <source>Elija el tipo de incidencia.</source>
        <translation>Choose the incident type.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="346"/>
        <source>Revise la descripción.</source>
        <translation>Check the description.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="374"/>
        <source>prioridad {p}</source>
        <translation>{p} priority</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="379"/>
        <source>ticket {n}</source>
        <translation>receipt {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="381"/>
        <source>con foto</source>
        <translation>with photo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="383"/>
        <source>Incidencia abierta</source>
        <translation>Incident opened</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="13"/>
        <source>Defecto de producto</source>
        <translation>Product defect</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="14"/>
        <source>Reacción alérgica</source>
        <translation>Allergic reaction</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="15"/>
        <source>Queja de atención</source>
        <translation>Service complaint</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="16"/>
        <source>Solicitud</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="17"/>
        <source>Otra</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="20"/>
        <source>Baja</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="21"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="22"/>
        <source>Alta</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="23"/>
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="26"/>
        <source>Abierta, sin asignar</source>
        <translation>Open, not assigned</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="27"/>
        <source>En curso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="28"/>
        <source>Espera respuesta de la tienda</source>
        <translation>Waiting for the store</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="29"/>
        <source>Espera respuesta del cliente</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="30"/>
        <source>Resuelta</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="31"/>
        <source>Cerrada</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="32"/>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="49"/>
        <source>Incidencias de la tienda</source>
        <translation>Store incidents</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="50"/>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="55"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="56"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="57"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="58"/>
        <source>Última respuesta de la central</source>
        <translation>Head office&apos;s last answer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="59"/>
        <source>Actualizada</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="74"/>
        <source>Nota para la central sobre esta incidencia</source>
        <translation>Note to head office about this incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="76"/>
        <source>Enviar nota</source>
        <translation>Send note</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="82"/>
        <source>Nueva incidencia</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="84"/>
        <source>Abrir ficha</source>
        <translation>Open card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="86"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="94"/>
        <source>Incidencias abiertas</source>
        <translation>Open incidents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="112"/>
        <source>%n incidencia(s) abierta(s).</source>
        <translation>
            <numerusform>One open incident.</numerusform>
            <numerusform>%n open incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="114"/>
        <source>%n espera(n) respuesta de la tienda.</source>
        <translation>
            <numerusform>One is waiting for the store.</numerusform>
            <numerusform>%n are waiting for the store.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="116"/>
        <source>No hay incidencias abiertas en esta tienda.</source>
        <translation>No open incidents at this store.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="160"/>
        <source>prioridad {p}</source>
        <translation>{p} priority</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="162"/>
        <source>ticket {n}</source>
        <translation>receipt {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="163"/>
        <source>abierta el {d}</source>
        <translation>opened on {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="169"/>
        <source>Tienda</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="169"/>
        <source>Central</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="193"/>
        <source>Nota guardada: se envía a la central con la próxima sincronización.</source>
        <translation>Note saved: it goes to head office with the next sync.</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Hidratación</source>
        <translation>Hydration</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Grasa</source>
        <translation>Oiliness</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="88"/>
        <source>Con dos visitas medidas verá aquí la evolución</source>
        <translation>After two measured visits, the trend will show here</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation>Log in to start</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation>Enter your code and your PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="38"/>
        <source>Loyalty Counter — {store}</source>
        <translation>Loyalty Counter — {store}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="64"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation>Shop {store} · Till {device}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="70"/>
        <source>Acerca de y diagnóstico (F1)</source>
        <translation>About and diagnostics (F1)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="79"/>
        <source>Gestión de tienda (F11)</source>
        <translation>Store management (F11)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="133"/>
        <source>Usuario: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="135"/>
        <source>Sin usuario</source>
        <translation>No user</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="222"/>
        <source>Cambios sin enviar</source>
        <translation>Changes not sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="224"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>%n change has not been sent to the server yet. It will be sent the next time the app is opened with a connection. Close anyway?</numerusform>
            <numerusform>%n changes have not been sent to the server yet. They will be sent the next time the app is opened with a connection. Close anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="186"/>
        <source>● En línea</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="188"/>
        <source>● Sin conexión</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="147"/>
        <source>dependiente</source>
        <translation>sales assistant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="148"/>
        <source>asesora de belleza</source>
        <translation>beauty adviser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149"/>
        <source>encargada</source>
        <translation>manager</translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="64"/>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="65"/>
        <source>Gestión de la tienda</source>
        <translation>Store management</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="67"/>
        <source>{store} · tienda {code}</source>
        <translation>{store} · store {code}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="72"/>
        <source>Revisar pendientes</source>
        <translation>Review pending items</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="73"/>
        <source>Cifras de la tienda</source>
        <translation>Store figures</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="74"/>
        <source>Personal y PIN</source>
        <translation>Staff and PINs</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="75"/>
        <source>Importar ventas del TPV</source>
        <translation>Import POS sales</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="76"/>
        <source>Stock de regalos</source>
        <translation>Gift stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="90"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="119"/>
        <source>Revisar pendientes ({n})</source>
        <translation>Review pending items ({n})</translation>
    </message>
</context>
<context>
    <name>MemberDocuments</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="187"/>
        <source>Tarjeta de socio {n}</source>
        <translation>Member card {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="242"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá reimprimir cuando esta tableta sincronice.</source>
        <translation>The signed document could not be fetched from head office (offline?). It can be reprinted once this tablet syncs.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="263"/>
        <source>El documento firmado está guardado en la central: se podrá enviar desde aquí cuando esta tableta sincronice.</source>
        <translation>The signed document is kept at head office: it can be sent from here once this tablet syncs.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="271"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá enviar cuando esta tableta sincronice.</source>
        <translation>The signed document could not be fetched from head office (offline?). It can be sent once this tablet syncs.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="306"/>
        <source>Preparando el e-mail…</source>
        <translation>Preparing the e-mail…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="320"/>
        <source>La tarjeta se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation>The card will be sent to {address} once this till connects to head office.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="325"/>
        <source>El consentimiento se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation>The consent will be sent to {address} once this till connects to head office.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="331"/>
        <source>La tarjeta se enviará a {address} en unos minutos.</source>
        <translation>The card will be sent to {address} in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="333"/>
        <source>El consentimiento se enviará a {address} en unos minutos.</source>
        <translation>The consent will be sent to {address} in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="337"/>
        <source>La tarjeta se enviará a {address} en la próxima sincronización.</source>
        <translation>The card will be sent to {address} at the next sync.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="340"/>
        <source>El consentimiento se enviará a {address} en la próxima sincronización.</source>
        <translation>The consent will be sent to {address} at the next sync.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="234"/>
        <source>El documento firmado está guardado en la central: se podrá reimprimir aquí cuando esta tableta sincronice.</source>
        <translation>The signed document is kept at head office: it can be reprinted here once this tablet syncs.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="248"/>
        <source>Consentimiento firmado</source>
        <translation>Signed consent</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="238"/>
        <source>Nuevo PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="240"/>
        <source>Nuevo PIN para {name}</source>
        <translation>New PIN for {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="244"/>
        <source>De {minimum} a {maximum} cifras. No valen las que se adivinan primero: una cifra repetida, una serie seguida o un año.</source>
        <translation>{minimum} to {maximum} digits. The ones guessed first are not allowed: one repeated digit, a run like 1234 or a year.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="261"/>
        <source>PIN nuevo</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="263"/>
        <source>Repítalo</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="265"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="267"/>
        <source>Guardar PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="286"/>
        <source>Los dos PIN no coinciden: escríbalo otra vez.</source>
        <translation>The two PINs do not match: type it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="315"/>
        <source>Un PIN no puede ser una sola cifra repetida, como 1111.</source>
        <translation>A PIN cannot be one repeated digit, like 1111.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="317"/>
        <source>Un PIN no puede ser una serie seguida, como 1234 o 9876.</source>
        <translation>A PIN cannot be a straight run, like 1234 or 9876.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="319"/>
        <source>Un PIN de 4 cifras no puede parecer un año, como 1987 o 2024.</source>
        <translation>A 4-digit PIN cannot look like a year, like 1987 or 2024.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="320"/>
        <source>Ese PIN es demasiado fácil de adivinar: elija otro.</source>
        <translation>That PIN is too easy to guess: choose another one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="322"/>
        <source>Un PIN tiene de {minimum} a {maximum} cifras, solo números.</source>
        <translation>A PIN has {minimum} to {maximum} digits, numbers only.</translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="52"/>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="53"/>
        <source>Sin conexión con la central</source>
        <translation>No connection to head office</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="56"/>
        <source>No se ha podido confirmar con la central el canje de «{gift}» ({points}). Esto es lo que permiten los límites sin conexión de la tienda:</source>
        <translation>The redemption of “{gift}” ({points}) could not be confirmed with head office. This is what the store&apos;s offline limits allow:</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="71"/>
        <source>No se puede entregar sin conexión</source>
        <translation>Cannot be handed over offline</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="77"/>
        <source>Motivo del encargado</source>
        <translation>Manager&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="85"/>
        <source>Un encargado ({name}) puede entregarlo igualmente: escriba el motivo, que se envía a la central con el canje.</source>
        <translation>A manager ({name}) can hand it over anyway: enter the reason, which goes to head office with the redemption.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="92"/>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="97"/>
        <source>Supera los límites sin conexión</source>
        <translation>Over the offline limits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="101"/>
        <source>Está dentro de los límites de la tienda: se puede entregar ahora. El canje se confirmará con la central cuando vuelva la conexión.</source>
        <translation>It is within the store&apos;s limits: it can be handed over now. The redemption will be confirmed with head office when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="106"/>
        <source>Se puede entregar sin conexión</source>
        <translation>Can be handed over offline</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="111"/>
        <source>No entregar</source>
        <translation>Do not hand over</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="115"/>
        <source>Entregar sin conexión</source>
        <translation>Hand over offline</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="125"/>
        <source>Si no se entrega, la aplicación lo consultará con la central y devolverá los puntos si llegaron a descontarse.</source>
        <translation>If it is not handed over, the app will check with head office and give the points back if they were taken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="158"/>
        <source>Escriba al menos %n carácter(es) más.</source>
        <translation>
            <numerusform>Enter at least %n more character.</numerusform>
            <numerusform>Enter at least %n more characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="160"/>
        <source>Se entregará con este motivo, aprobado por {name}.</source>
        <translation>It will be handed over with this reason, approved by {name}.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="53"/>
        <source>Cobrar</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Total a cobrar: {t}</source>
        <translation>Total to pay: {t}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="72"/>
        <source>Todo con tarjeta</source>
        <translation>All by card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="74"/>
        <source>Efectivo exacto</source>
        <translation>Exact cash</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="81"/>
        <source>Confirmar cobro</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="84"/>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="87"/>
        <source>Dar de alta en el club</source>
        <translation>Enrol in the club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="91"/>
        <source>Registrar al cliente y darle de alta: los puntos de esta compra serán suyos</source>
        <translation>Register the customer and enrol them: this purchase&apos;s points will be theirs</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="107"/>
        <source>¿Viene por una campaña?</source>
        <translation>Here because of a campaign?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="113"/>
        <source>Tarjeta (€)</source>
        <translation>Card (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="116"/>
        <source>Efectivo entregado (€)</source>
        <translation>Cash tendered (€)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="155"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="159"/>
        <source>Dirigida a este cliente</source>
        <translation>Aimed at this customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="199"/>
        <source>La venta no se anotará como respuesta a una campaña.</source>
        <translation>The sale will not be recorded as a response to a campaign.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="202"/>
        <source>puntos ×{m}</source>
        <translation>points ×{m}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="204"/>
        <source>+{n} puntos por unidad</source>
        <translation>+{n} points per unit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="206"/>
        <source>Hasta el {d}</source>
        <translation>Until {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="211"/>
        <source>Sugerida: está dirigida a este cliente.</source>
        <translation>Suggested: it is aimed at this customer.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="232"/>
        <source>Cambio: {c}</source>
        <translation>Change: {c}</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="88"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="98"/>
        <source>Hacer foto</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="94"/>
        <source>Abriendo la cámara…</source>
        <translation>Opening the camera…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="101"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="53"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="89"/>
        <source>Sin foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="56"/>
        <source>Hacer foto</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="58"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="122"/>
        <source>Elegir imagen</source>
        <translation>Choose an image</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="60"/>
        <source>Quitar foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="72"/>
        <source>Foto (opcional)</source>
        <translation>Photo (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="82"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="139"/>
        <source>Ese archivo no es una imagen que se pueda enviar.</source>
        <translation>That file is not an image that can be sent.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="116"/>
        <source>No se puede usar la cámara. Elija una imagen guardada en su lugar.</source>
        <translation>The camera cannot be used. Choose a saved image instead.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="124"/>
        <source>Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.heic)</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="37"/>
        <source>Nombre, marca o código del producto</source>
        <translation>Product name, brand or code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="48"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="63"/>
        <source>Escriba al menos dos letras o escanee el producto.</source>
        <translation>Type at least two letters or scan the product.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="84"/>
        <source>Ningún producto a la venta coincide.</source>
        <translation>No product for sale matches.</translation>
    </message>
</context>
<context>
    <name>ProtectingStoreWindow</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="67"/>
        <source>Protegiendo los datos de la tienda…</source>
        <translation>Protecting the shop&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="71"/>
        <source>Esta versión cifra los datos de la tienda la primera vez que se abre. Con muchos clientes puede tardar cerca de un minuto: no apague la tableta ni cierre la aplicación.</source>
        <translation>This version encrypts the shop&apos;s data the first time it opens. With many customers it can take about a minute: do not switch the tablet off or close the app.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="66"/>
        <source>Ticket {n}</source>
        <translation>Receipt {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="71"/>
        <source>Preparando el ticket…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="77"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="78"/>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="79"/>
        <source>Nueva venta</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="110"/>
        <source>Bienvenida al club: {name}</source>
        <translation>Welcome to the club: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="115"/>
        <source>Tarjeta de socio nº {n}</source>
        <translation>Member card no. {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="119"/>
        <source>Imprimir tarjeta</source>
        <translation>Print card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="121"/>
        <source>Imprimir consentimiento</source>
        <translation>Print consent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="124"/>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="128"/>
        <source>Enviar por e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="126"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation>Send the member card to their e-mail address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="131"/>
        <source>Enviar el consentimiento firmado a su e-mail</source>
        <translation>Send the signed consent to their e-mail address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="158"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;{t}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="163"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:28px&apos;&gt;Change: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="169"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation>Points: {p} · Balance: {b}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="185"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation>The receipt could not be prepared: {e}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="194"/>
        <source>Guardar ticket</source>
        <translation>Save receipt</translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="165"/>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="167"/>
        <source>Regalos por puntos</source>
        <translation>Gifts for points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="180"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="190"/>
        <source>Hoy no hay regalos para canjear en esta tienda.</source>
        <translation>There are no gifts to redeem at this store today.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="203"/>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="283"/>
        <source>Elija un regalo.</source>
        <translation>Choose a gift.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="206"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="208"/>
        <source>Canjear</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="240"/>
        <source>Tarjeta {n}</source>
        <translation>Card {n}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="286"/>
        <source>«{gift}» por {points}: le quedarán {left}.</source>
        <translation>“{gift}” for {points}: {left} will be left.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="299"/>
        <source>«{gift}» ({points}) para {name}</source>
        <translation>“{gift}” ({points}) for {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="309"/>
        <source>Consultando con la central…</source>
        <translation>Checking with head office…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="325"/>
        <source>Sin conexión con la central.</source>
        <translation>No connection to head office.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="336"/>
        <source>Entregado sin conexión: «{gift}». Saldo: {balance}.</source>
        <translation>Handed over offline: “{gift}”. Balance: {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="338"/>
        <source>Canjeado: «{gift}». Saldo: {balance}.</source>
        <translation>Redeemed: “{gift}”. Balance: {balance}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="350"/>
        <source>No se ha entregado el regalo. La aplicación lo consultará con la central y, si llegó a descontar los puntos, los devolverá.</source>
        <translation>The gift was not handed over. The app will check with head office and, if the points were taken, give them back.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Nuevo cliente</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Hacerse socio/a</source>
        <translation>Join the club</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="107"/>
        <source>Nombre</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="108"/>
        <source>Apellidos</source>
        <translation>Last names</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="109"/>
        <source>DNI/NIE (opcional)</source>
        <translation>DNI/NIE (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="110"/>
        <source>Fecha de nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="111"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="113"/>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="114"/>
        <source>Idioma preferido</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="115"/>
        <source>Género (opcional)</source>
        <translation>Gender (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation>DNI/NIE</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="120"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="124"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="126"/>
        <source>nombre@dominio.es</source>
        <translation>name@domain.com</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="143"/>
        <source>Teléfono o e-mail: al menos uno de los dos.</source>
        <translation>Phone or e-mail: at least one of them.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="172"/>
        <source>Datos del nuevo cliente</source>
        <translation>New customer&apos;s details</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="176"/>
        <source>El alta en el club se completa al cobrar la compra de esta visita; si no hay compra, no se guarda nada.</source>
        <translation>Club enrolment is completed when this visit&apos;s purchase is paid; without a purchase, nothing is kept.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="181"/>
        <source>Compruebe sus datos con el cliente y complete los que falten. Se hace socio/a al cobrar la compra de esta visita; si no hay compra, no cambia nada.</source>
        <translation>Check their details with the customer and fill in what is missing. They join when this visit&apos;s purchase is paid; without a purchase, nothing changes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="189"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="193"/>
        <source>Continuar: consentimiento</source>
        <translation>Next: consent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="234"/>
        <source>— sin indicar —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="280"/>
        <source>Hacerse socio/a: {name}</source>
        <translation>Join the club: {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="338"/>
        <source>Para continuar, complete o revise: {f}</source>
        <translation>To continue, fill in or check: {f}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="402"/>
        <source>Descartar el alta</source>
        <translation>Drop the enrolment</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="403"/>
        <source>Se perderán los datos escritos. ¿Descartar este nuevo cliente?</source>
        <translation>What was typed will be lost. Drop this new customer?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="405"/>
        <source>Se perderán los cambios en sus datos. ¿Dejar el alta en el club?</source>
        <translation>The changes to their details will be lost. Stop joining the club?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="406"/>
        <source>Descartar</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="407"/>
        <source>Seguir con el alta</source>
        <translation>Go on with the enrolment</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation>Scan the receipt&apos;s QR code or type its number</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation>Cash refund</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation>Refund to card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation>Receipt {n} from {d}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation>Enter how many units are being returned.</translation>
    </message>
</context>
<context>
    <name>ReviewDetailPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="57"/>
        <source>Elija un caso de la lista.</source>
        <translation>Choose a case from the list.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="80"/>
        <source>Sobre</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="81"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="82"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="83"/>
        <source>Detalle</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="95"/>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="114"/>
        <source>Nota para la central (opcional)</source>
        <translation>Note to head office (optional)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="117"/>
        <source>Por qué se decide así…</source>
        <translation>Why this decision…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="125"/>
        <source>Respuesta a la central</source>
        <translation>Answer to head office</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="127"/>
        <source>Escriba lo que la central ha preguntado…</source>
        <translation>Answer what head office asked…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="129"/>
        <source>Enviar respuesta</source>
        <translation>Send answer</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="65"/>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="66"/>
        <source>Pendientes de revisar</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="69"/>
        <source>Solo la encargada o el encargado de la tienda decide estos casos: puede consultarlos, pero no cambiarlos.</source>
        <translation>Only the store manager decides these cases: you can look at them, but not change them.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="79"/>
        <source>No hay nada pendiente de revisar.</source>
        <translation>Nothing is waiting for review.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="106"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="174"/>
        <source>{name} · saldo de %Ln punto(s)</source>
        <translation>
            <numerusform>{name} · balance %Ln point</numerusform>
            <numerusform>{name} · balance %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="164"/>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="177"/>
        <source>tarjeta {card}</source>
        <translation>card {card}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="182"/>
        <source>No está en esta tableta</source>
        <translation>Not on this tablet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="201"/>
        <source>«{action}»: {subject}.

La decisión se envía a la central y no se puede deshacer. ¿Seguir?</source>
        <translation>“{action}”: {subject}.

The decision is sent to head office and cannot be undone. Go ahead?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="205"/>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="220"/>
        <source>Hecho: «{what}». Se enviará a la central al sincronizar.</source>
        <translation>Done: “{what}”. It will be sent to head office at the next sync.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="254"/>
        <source>Respuesta guardada: se enviará a la central al sincronizar.</source>
        <translation>Answer saved: it will be sent to head office at the next sync.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="267"/>
        <source>Escriba la respuesta antes de enviarla.</source>
        <translation>Write the answer before sending it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="269"/>
        <source>La respuesta es demasiado larga: acórtela.</source>
        <translation>The answer is too long: shorten it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="271"/>
        <source>La respuesta lleva caracteres que no se pueden enviar.</source>
        <translation>The answer has characters that cannot be sent.</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Sobre</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="38"/>
        <source>Saldo negativo</source>
        <translation>Negative balance</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="39"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="47"/>
        <source>Cambio rechazado</source>
        <translation>Rejected change</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="40"/>
        <source>Posible duplicado</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="41"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="49"/>
        <source>Venta a revisar</source>
        <translation>Sale to review</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="42"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="97"/>
        <source>Incidencia</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="46"/>
        <source>Saldo de puntos en negativo</source>
        <translation>Points balance below zero</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="48"/>
        <source>Posible cliente duplicado</source>
        <translation>Possible duplicate customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="50"/>
        <source>Incidencia: la central espera respuesta</source>
        <translation>Incident: head office is waiting for an answer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="57"/>
        <source>Recuperar con compras futuras</source>
        <translation>Recover from future purchases</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="58"/>
        <source>Asumir el descubierto</source>
        <translation>Write off the overdraft</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="59"/>
        <source>Anular</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="60"/>
        <source>Corregir y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="61"/>
        <source>Fusionar</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="62"/>
        <source>Son personas distintas</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="63"/>
        <source>Revisado</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="71"/>
        <source>Los puntos de sus próximas compras cubren el saldo; hasta entonces no canjea.</source>
        <translation>Points from their next purchases cover the balance; until then they cannot redeem.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="73"/>
        <source>La cadena asume lo que falta: el saldo vuelve a 0.</source>
        <translation>The chain absorbs what is missing: the balance goes back to 0.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="74"/>
        <source>El cambio no se aplicará nunca.</source>
        <translation>The change will never be applied.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="75"/>
        <source>Corrija los datos y se envían de nuevo.</source>
        <translation>Correct the details and they are sent again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="76"/>
        <source>Son la misma persona: sus fichas se unen en una.</source>
        <translation>They are the same person: their cards are merged into one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="77"/>
        <source>Se parecen, pero son dos clientes.</source>
        <translation>They look alike, but they are two customers.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="78"/>
        <source>Visto y resuelto en la tienda.</source>
        <translation>Seen and sorted out at the store.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="85"/>
        <source>Venta</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="86"/>
        <source>Movimiento de puntos</source>
        <translation>Points entry</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="87"/>
        <source>Datos de cliente</source>
        <translation>Customer details</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="88"/>
        <source>Consentimiento</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="89"/>
        <source>Envío por e-mail</source>
        <translation>E-mail sending</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="90"/>
        <source>Tarjeta de socio</source>
        <translation>Member card</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="91"/>
        <source>Diagnóstico de piel</source>
        <translation>Skin diagnostic</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="92"/>
        <source>Hábitos</source>
        <translation>Habits</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="93"/>
        <source>Canje de regalo</source>
        <translation>Gift redemption</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="94"/>
        <source>Anulación de canje</source>
        <translation>Redemption cancellation</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="95"/>
        <source>Stock de regalos</source>
        <translation>Gift stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="96"/>
        <source>Decisión de revisión</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="98"/>
        <source>Nota de incidencia</source>
        <translation>Incident note</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="99"/>
        <source>Respuesta a campaña</source>
        <translation>Campaign response</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="100"/>
        <source>PIN de personal</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="101"/>
        <source>Venta del TPV</source>
        <translation>POS sale</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="108"/>
        <source>Un dato no es válido</source>
        <translation>A value is not valid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="109"/>
        <source>El cambio llegó incompleto o mal formado</source>
        <translation>The change arrived incomplete or malformed</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="110"/>
        <source>Es de otra tienda</source>
        <translation>It belongs to another store</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="111"/>
        <source>Es de otra tableta</source>
        <translation>It belongs to another tablet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="112"/>
        <source>El perfil de quien lo hizo no lo permite</source>
        <translation>The profile of whoever made it does not allow it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="113"/>
        <source>Dependía de otro cambio que se rechazó</source>
        <translation>It depended on another change that was rejected</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="114"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="115"/>
        <source>El cambio llegó dañado</source>
        <translation>The change arrived corrupted</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="116"/>
        <source>La hora de la tableta no era válida</source>
        <translation>The tablet&apos;s clock was wrong</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="118"/>
        <source>La central ya no admite esta versión de la aplicación: actualícela</source>
        <translation>Head office no longer accepts this version of the app: update it</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="120"/>
        <source>El regalo ya no existe en el catálogo</source>
        <translation>The gift is no longer in the catalogue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="121"/>
        <source>La campaña ya no existe</source>
        <translation>The campaign no longer exists</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="122"/>
        <source>La central no conoce a esa persona del personal</source>
        <translation>Head office does not know that staff member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="123"/>
        <source>El PIN no se guardó de forma segura</source>
        <translation>The PIN was not stored securely</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="124"/>
        <source>El cambio reutilizaba un identificador ya usado</source>
        <translation>The change reused an identifier already used</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="126"/>
        <source>Sin motivo indicado</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="131"/>
        <source>los totales no cuadran</source>
        <translation>the totals do not add up</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="132"/>
        <source>los pagos no suman el total</source>
        <translation>the payments do not add up to the total</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="133"/>
        <source>un producto que la central no conoce</source>
        <translation>a product head office does not know</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="134"/>
        <source>un precio distinto del catálogo</source>
        <translation>a price different from the catalogue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="135"/>
        <source>un descuento mayor del permitido</source>
        <translation>a discount above the limit</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="136"/>
        <source>puntos distintos de los que da la regla</source>
        <translation>points different from what the rule gives</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="137"/>
        <source>hecha con un código de personal desconocido</source>
        <translation>made with an unknown staff code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="138"/>
        <source>hecha con un código de personal dado de baja</source>
        <translation>made with a deactivated staff code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="149"/>
        <source>Ticket {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="166"/>
        <source>Saldo de %Ln punto(s)</source>
        <translation>
            <numerusform>Balance of %Ln point</numerusform>
            <numerusform>Balance of %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="179"/>
        <source>Coinciden: {reasons}</source>
        <translation>Matching: {reasons}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="187"/>
        <source>La central pregunta: «{question}»</source>
        <translation>Head office asks: “{question}”</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="196"/>
        <source>Un canje de {points} puntos, hecho sin conexión, lo dejó en negativo.</source>
        <translation>A redemption of {points} points, made offline, took it below zero.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="201"/>
        <source>Mensaje de la central: {message}</source>
        <translation>Message from head office: {message}</translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="75"/>
        <source>Sin ventas en estas fechas</source>
        <translation>No sales on these dates</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="92"/>
        <source>Con campaña</source>
        <translation>With campaign</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="93"/>
        <source>Sin campaña</source>
        <translation>Without campaign</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="142"/>
        <source>{day}: {total}, con campaña {campaign}</source>
        <translation>{day}: {total}, with campaign {campaign}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation>Set up this till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation>Register this till</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation>This is the first time the app has been opened on this till. Enter the server address, the shop code and the registration code head office gave you.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation>Shop code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation>The server address starts with http:// or https://, for example http://192.168.1.10:8000.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation>The shop code has only letters and digits, like S001.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation>The registration code has 12 letters and digits: XXXX-XXXX-XXXX.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation>Registering the till…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation>Cannot connect to the server {url}. Check the address and that the till is on the network.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation>The server needs a newer version of this app. Update it before registering the till.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation>The server is not answering properly right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation>This till is already registered.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation>The registration code is not valid for shop {store}. Check both codes or ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation>This registration code has already been used. Ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation>This registration code has expired. Ask head office for a new one.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation>The server did not accept the registration ({detail}).</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation>Till {device} of {store} registered.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation>Downloading the shop&apos;s data: catalogue, staff and customers…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation>First sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation>Stopping the download; it will carry on in the background…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="108"/>
        <source>Firma del cliente</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="110"/>
        <source>Zona para firmar con el dedo, con el lápiz o con el ratón</source>
        <translation>Area to sign with a finger, the pen or the mouse</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="347"/>
        <source>Firme aquí</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="55"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="56"/>
        <source>Personal y PIN</source>
        <translation>Staff and PINs</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="59"/>
        <source>Solo la encargada o el encargado cambia los PIN del personal. Usted puede elegir un PIN nuevo para su propio código.</source>
        <translation>Only the manager changes staff PINs. You can choose a new PIN for your own code.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Perfil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="77"/>
        <source>Nuevo PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="78"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="191"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="195"/>
        <source>Restablecer PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="79"/>
        <source>Desbloquear</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="84"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="112"/>
        <source>Dependiente</source>
        <translation>Sales assistant</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="113"/>
        <source>Asesora de belleza</source>
        <translation>Beauty adviser</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="114"/>
        <source>Encargada</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="121"/>
        <source>De baja</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="123"/>
        <source>Bloqueado hasta las {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="127"/>
        <source>Debe cambiar el PIN al entrar</source>
        <translation>Must change the PIN at login</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="128"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="181"/>
        <source>PIN nuevo guardado para {name}.</source>
        <translation>New PIN saved for {name}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="193"/>
        <source>¿Dar a {name} un PIN temporal? Su PIN actual deja de valer ahora.</source>
        <translation>Give {name} a temporary PIN? Their current PIN stops working now.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="196"/>
        <source>Volver</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="208"/>
        <source>{name} tiene un PIN temporal.</source>
        <translation>{name} has a temporary PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="218"/>
        <source>{name} ya puede volver a entrar.</source>
        <translation>{name} can log in again.</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="48"/>
        <source>Stock de regalos</source>
        <translation>Gift stock</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Regalo</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>En tienda</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="62"/>
        <source>Recibidos</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="63"/>
        <source>Recuento</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="64"/>
        <source>Dañados</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="65"/>
        <source>Devueltos a la central</source>
        <translation>Sent back to head office</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="86"/>
        <source>Nota (opcional): albarán, motivo…</source>
        <translation>Note (optional): delivery note, reason…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="96"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="98"/>
        <source>Registrar</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="109"/>
        <source>Solo un encargado puede registrar el stock de regalos.</source>
        <translation>Only a manager can record gift stock.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="115"/>
        <source>¿Qué ha pasado?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="158"/>
        <source>Unidades en la estantería</source>
        <translation>Units on the shelf</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="158"/>
        <source>Unidades</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="181"/>
        <source>Registrado: ahora hay {n} de «{gift}».</source>
        <translation>Recorded: {n} of “{gift}” in stock now.</translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="114"/>
        <source>No se han podido actualizar los datos de la tienda</source>
        <translation>The shop&apos;s data could not be updated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="117"/>
        <source>No se pueden abrir los datos de la tienda</source>
        <translation>The shop&apos;s data cannot be opened</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="121"/>
        <source>Cerrar la aplicación</source>
        <translation>Close the app</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="131"/>
        <source>Esta versión de la aplicación tiene que actualizar los datos de la tienda y antes guarda una copia de seguridad, pero no se ha podido guardar (¿queda espacio en el disco?). No se ha cambiado nada.

Libere espacio y vuelva a abrir la aplicación. Si sigue igual, llame a soporte.</source>
        <translation>This version of the app has to update the shop&apos;s data and saves a backup first, but the backup could not be saved (is the disk full?). Nothing has been changed.

Free up some space and open the app again. If nothing changes, call support.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="137"/>
        <source>La actualización de los datos de la tienda ha fallado. No se ha perdido nada: los datos siguen como estaban con la versión anterior, también las ventas que aún no se han sincronizado.

Llame a soporte y dé el nombre de la copia de seguridad: {backup} (en {folder}). No borre la carpeta de datos.</source>
        <translation>Updating the shop&apos;s data failed. Nothing has been lost: the data is as it was with the previous version, including sales not yet synced.

Call support and give them the name of the backup: {backup} (in {folder}). Do not delete the data folder.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="142"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="73"/>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="137"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Review (%n)</numerusform>
            <numerusform>Review (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="140"/>
        <source>● Sin servidor</source>
        <translation>● No server</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="145"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation>This till is not registered with any server: it does not sync.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="165"/>
        <source>Actualice la aplicación antes del {date}: desde ese día no se sincronizará</source>
        <translation>Update the app before {date}: from that day on it will not sync</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="170"/>
        <source>La central dejará de admitir esta versión de la aplicación el {date}. Hasta entonces todo funciona igual; después, las ventas se seguirán enviando, pero esta tableta no recibirá datos nuevos. Avise a soporte para actualizarla.</source>
        <translation>Head office will stop accepting this version of the app on {date}. Until then everything works as usual; after that, sales will still be sent, but this tablet will not receive new data. Ask support to update it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="187"/>
        <source>● Sincronizando…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="189"/>
        <source>● La sincronización no avanza</source>
        <translation>● Sync is stuck</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="190"/>
        <source>● Terminal dado de baja</source>
        <translation>● Till revoked</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="191"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation>● The app must be updated</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="196"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="199"/>
        <source>(desde {age})</source>
        <translation>(oldest {age})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="201"/>
        <source>Sin cambios pendientes</source>
        <translation>Nothing waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="203"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="206"/>
        <source>última sincronización {time}</source>
        <translation>last sync {time}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="209"/>
        <source>aún sin sincronizar</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="214"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation>The server cannot be reached. Sales are kept on this till.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="216"/>
        <source>Siguiente intento: {time}.</source>
        <translation>Next attempt: {time}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="222"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation>The server answers, but some changes are not getting through. Tell support.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="225"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation>Head office has revoked this till. Tell support.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="227"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation>The server does not accept this version of the app. Tell support.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="233"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="235"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="236"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="247"/>
        <source>Terminal dado de baja</source>
        <translation>Till revoked</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="249"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation>Head office has revoked this till, so it no longer syncs with the server.

Sales are still kept on this till and nothing is lost. Ask support to register it again.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="254"/>
        <source>Hay que actualizar la aplicación</source>
        <translation>The app must be updated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="256"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation>The server no longer accepts this version of the app.

Sales are still kept on this till and will be sent once the app is updated. Ask support to update it.</translation>
    </message>
</context>
<context>
    <name>TemporaryPinDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="339"/>
        <source>PIN temporal</source>
        <translation>Temporary PIN</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="341"/>
        <source>PIN temporal de {name}</source>
        <translation>Temporary PIN for {name}</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="353"/>
        <source>Dígaselo ahora: no se volverá a mostrar. Al entrar con él, tendrá que elegir un PIN nuevo.</source>
        <translation>Tell them now: it will not be shown again. When they log in with it, they will have to choose a new PIN.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="358"/>
        <source>Ya se lo he dicho</source>
        <translation>I have told them</translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="67"/>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="68"/>
        <source>Importar ventas del TPV</source>
        <translation>Import POS sales</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="71"/>
        <source>Elija el archivo que exporta el TPV. Antes de importar verá qué tickets entran, a qué socio van sus puntos y qué filas se rechazan.</source>
        <translation>Choose the file the POS exports. Before importing you will see which receipts go in, which member gets their points and which rows are rejected.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="81"/>
        <source>Importan las ventas del TPV la encargada y el personal de caja: puede ver el archivo, pero no importarlo.</source>
        <translation>POS sales are imported by the manager and the checkout staff: you can view the file, but not import it.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="88"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="90"/>
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="101"/>
        <source>Ticket</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="102"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="103"/>
        <source>Caja</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="104"/>
        <source>Líneas</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="105"/>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="106"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="107"/>
        <source>Puntos</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="108"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="112"/>
        <source>Línea</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="112"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="114"/>
        <source>Tickets</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="115"/>
        <source>Filas rechazadas</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="119"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="121"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="159"/>
        <source>{name} (por tarjeta)</source>
        <translation>{name} (by card)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="160"/>
        <source>{name} (por teléfono)</source>
        <translation>{name} (by phone)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="161"/>
        <source>Sin socio</source>
        <translation>No member</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="162"/>
        <source>Sin socio: la tarjeta no es de nadie aquí</source>
        <translation>No member: the card belongs to nobody here</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="163"/>
        <source>Sin socio: el teléfono no es de nadie aquí</source>
        <translation>No member: the phone belongs to nobody here</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="164"/>
        <source>Sin socio: el teléfono es de varios clientes</source>
        <translation>No member: the phone belongs to several customers</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="171"/>
        <source>La fecha u hora no es válida</source>
        <translation>The date or time is not valid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="172"/>
        <source>El producto no está en el catálogo</source>
        <translation>The product is not in the catalogue</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="173"/>
        <source>La cantidad no es válida</source>
        <translation>The quantity is not valid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="174"/>
        <source>El precio no es válido</source>
        <translation>The price is not valid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="176"/>
        <source>El importe de la línea no cuadra con el precio, la cantidad y el descuento</source>
        <translation>The line amount does not match the price, quantity and discount</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="178"/>
        <source>El total del ticket no cuadra con sus líneas</source>
        <translation>The receipt total does not match its lines</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="179"/>
        <source>La línea está repetida</source>
        <translation>The line is repeated</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="180"/>
        <source>Falta un dato obligatorio</source>
        <translation>A required value is missing</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="181"/>
        <source>La forma de pago no se reconoce</source>
        <translation>The payment method is not recognised</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="182"/>
        <source>El número de tarjeta no es válido</source>
        <translation>The card number is not valid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="183"/>
        <source>El teléfono no es válido</source>
        <translation>The phone number is not valid</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="185"/>
        <source>Otra línea del mismo ticket tiene un error: el ticket entero queda fuera</source>
        <translation>Another line of the same receipt has an error: the whole receipt is left out</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="187"/>
        <source>La fila no se puede leer o le faltan columnas</source>
        <translation>The row cannot be read or is missing columns</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="188"/>
        <source>El archivo está vacío</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="189"/>
        <source>Falta una columna en la cabecera del archivo</source>
        <translation>A column is missing from the file&apos;s header</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="191"/>
        <source>El archivo no está guardado en la codificación que usa el TPV</source>
        <translation>The file is not saved in the encoding the POS uses</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="197"/>
        <source>(vea la línea {line})</source>
        <translation>(see line {line})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="204"/>
        <source>Archivo del TPV</source>
        <translation>POS file</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="206"/>
        <source>Exportación del TPV (*.csv *.txt);;Todos los archivos (*)</source>
        <translation>POS export (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="218"/>
        <source>Leyendo el archivo…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="242"/>
        <source>{rows} filas leídas · {tickets} tickets: {new} por importar, {old} ya importados · De los nuevos, {members} con socio y {nobody} sin socio, {points} puntos · {rejected} filas rechazadas</source>
        <translation>{rows} rows read · {tickets} receipts: {new} to import, {old} already imported · Of the new ones, {members} with a member and {nobody} without, {points} points · {rejected} rows rejected</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="261"/>
        <source>Este mismo archivo ya se importó el {date} a las {time}.</source>
        <translation>This same file was already imported on {date} at {time}.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="269"/>
        <source>Tickets ({n})</source>
        <translation>Receipts ({n})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="273"/>
        <source>Filas rechazadas ({n})</source>
        <translation>Rejected rows ({n})</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="291"/>
        <source>Ya importado</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="291"/>
        <source>Por importar</source>
        <translation>To import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="345"/>
        <source>No se ha importado nada nuevo: los %Ln ticket(s) de este archivo ya estaban importados.</source>
        <translation>
            <numerusform>Nothing new was imported: the receipt in this file was already imported.</numerusform>
            <numerusform>Nothing new was imported: the %Ln receipts in this file were already imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="352"/>
        <source>Importado(s) %Ln ticket(s) ({members} con socio, {nobody} sin socio) con {points}. Se enviarán a la central al sincronizar.</source>
        <translation>
            <numerusform>Imported %Ln receipt ({members} with a member, {nobody} without) with {points}. It will be sent to head office at the next sync.</numerusform>
            <numerusform>Imported %Ln receipts ({members} with a member, {nobody} without) with {points}. They will be sent to head office at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="359"/>
        <source>%Ln punto(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="362"/>
        <source>%Ln ya estaba(n) importado(s).</source>
        <translation>
            <numerusform>%Ln was already imported.</numerusform>
            <numerusform>%Ln were already imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="365"/>
        <source>%Ln fila(s) rechazada(s): no se ha(n) importado.</source>
        <translation>
            <numerusform>%Ln row rejected: not imported.</numerusform>
            <numerusform>%Ln rows rejected: not imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="350"/>
        <source>No se ha importado nada: el archivo no tiene tickets válidos.</source>
        <translation>Nothing was imported: the file has no valid receipts.</translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="371"/>
        <source>No se puede leer el archivo: {why}</source>
        <translation>The file cannot be read: {why}</translation>
    </message>
</context>
</TS>
